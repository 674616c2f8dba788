package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, slow clients, through the real stack: callers that send their body at one byte a second hold no
 * connection to a service, so everyone else is served as usual; the gateway cuts them off with 408 once the body
 * is overdue, and a body sent without a token is refused at once, never forwarded.
 */
class SlowClientIT {

    /** More than the gateway keeps to each service (gateway.upstream.max-connections, 64). */
    private static final int TRICKLERS = 66;
    private static final Duration PROMPT = Duration.ofSeconds(3);

    static String gateway;
    static String auditor;

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void stack() {
        DevStack stack = TestStacks.shared();
        gateway = TestStacks.gateway(stack);
        auditor = new StackTokens(stack, gateway).dev("auditor-slow", "auditor", FaultLoad.AGENCY, null);
    }

    @AfterEach
    void hangUp() throws IOException {
        writer.shutdownNow();
        readers.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    @DisplayName("issue 18: 66 callers trickling bodies to recording and 66 to disclosure at 1 byte/s: public reads of both "
            + "stay prompt, every trickler gets a 408 problem within the body timeout")
    void tricklersStallNobody() throws Exception {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < TRICKLERS; i++) {
            answers.add(trickle("POST /api/v1/cases", auditor));
            answers.add(trickle("POST /api/v1/disclosures/policies/agencies/" + FaultLoad.AGENCY, auditor));
        }
        Thread.sleep(3_000); // all of them are well into their bodies

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/api/v1/public/decisions?agency=" + FaultLoad.AGENCY, "/api/v1/audit/checkpoints/latest",
                "/api/v1/public/decisions?agency=" + FaultLoad.AGENCY, "/api/v1/audit/checkpoints/latest")) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(response.statusCode() < 500, path + ": " + response.statusCode() + " " + response.body());
            assertTrue(took.compareTo(PROMPT) < 0, path + " took " + took + " while the tricklers were sending");
        }

        for (CompletableFuture<String> answer : answers) {
            String response = answer.get(40, TimeUnit.SECONDS);
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(response.contains("/problems/request-timeout"), response);
        }
    }

    @Test
    @DisplayName("issue 18: a body sent without a token to a public path is refused at once (400), never forwarded")
    void anonymousBodyIsRefusedAtOnce() throws Exception {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < TRICKLERS; i++) {
            answers.add(trickle("POST /api/v1/public/decisions", null));
        }
        for (CompletableFuture<String> answer : answers) {
            String response = answer.get(10, TimeUnit.SECONDS);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("without a bearer token"), response);
        }
        HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/cases/"
                        + java.util.UUID.randomUUID())).header("Authorization", "Bearer " + auditor)
                .method("GET", HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, get.statusCode(), get.body());
    }

    /** Sends the request line and headers, then one body byte a second; answers what the gateway sent back. */
    private CompletableFuture<String> trickle(String requestLine, String token) throws IOException {
        URI base = URI.create(gateway);
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        sockets.add(socket);
        socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        writer.scheduleAtFixedRate(() -> {
            try {
                socket.getOutputStream().write('x');
            } catch (IOException closed) {
                // answered and closed by the gateway
            }
        }, 1, 1, TimeUnit.SECONDS);
        return CompletableFuture.supplyAsync(() -> {
            try {
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                byte[] chunk = new byte[4096];
                for (int n; (n = in.read(chunk)) >= 0; ) {
                    all.write(chunk, 0, n);
                }
                return all.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "no answer: " + e;
            }
        }, readers);
    }
}
