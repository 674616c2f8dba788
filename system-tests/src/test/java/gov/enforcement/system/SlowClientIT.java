package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    /** gateway.rate-limits.in-flight-per-caller: requests one address may have open at one service. */
    private static final int SHARE = 16;
    /** Far more than the socket buffers between a caller that stops reading and the service hold. */
    private static final int ATTACHMENT_BYTES = 8 * 1024 * 1024;

    static DevStack stack;
    static String gateway;
    static String auditor;

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void stack() {
        stack = TestStacks.shared();
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

    @Test
    @DisplayName("issue 18: 66 anonymous callers of one address that stop reading an 8 MB public attachment, and 66 "
            + "trickling their headers to the public search and to /audit/*: everyone else's public and audit reads stay "
            + "prompt, never 504; the slow address is served 16 at a time and refused (429) past that")
    void slowReadersAndHeaderTricklersStallNobody() throws Exception {
        String clerk = new StackTokens(stack, gateway).dev("clerk-slow", "disclosure-clerk", FaultLoad.AGENCY, null);
        Http.Answer power = Http.json(gateway, "POST", "/api/v1/registries/powers", clerk, Map.of("matter", "慢读者",
                "legalBasis", "《条例》"));
        assertEquals(200, power.status(), power.body());
        byte[] pdf = new byte[ATTACHMENT_BYTES];
        byte[] magic = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, pdf, 0, magic.length);
        Arrays.fill(pdf, magic.length, pdf.length, (byte) ' ');
        String entry = power.json().get("entryId").asText();
        Http.Answer attached = Http.send(gateway, "POST", "/api/v1/registries/powers/" + entry + "/attachments?name=big.pdf",
                clerk, Map.of("Content-Type", "application/pdf"), pdf);
        assertEquals(200, attached.status(), attached.body());
        String download = "/api/v1/public/powers/" + entry + "/attachments/" + attached.json().get("attachmentId").asText();

        List<CompletableFuture<String>> slowReads = new ArrayList<>();
        for (int i = 0; i < TRICKLERS; i++) {
            slowReads.add(readHeadOnly(download));
            trickleHeaders("/api/v1/public/decisions?agency=" + FaultLoad.AGENCY);
            trickleHeaders("/api/v1/audit/checkpoints/latest");
        }
        Thread.sleep(3_000); // the answers the slow readers were given are stuck in their sockets

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/api/v1/public/decisions?agency=" + FaultLoad.AGENCY, "/api/v1/audit/checkpoints/latest",
                "/api/v1/public/powers?agency=" + FaultLoad.AGENCY, download)) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(200, response.statusCode(), path + ": " + new String(response.body(), StandardCharsets.UTF_8));
            assertTrue(took.compareTo(PROMPT) < 0, path + " took " + took + " while the slow callers held on");
        }

        int served = 0;
        for (CompletableFuture<String> read : slowReads) {
            String head = read.get(30, TimeUnit.SECONDS);
            if (head.startsWith("HTTP/1.1 200")) {
                served++;
            } else {
                assertTrue(head.startsWith("HTTP/1.1 429") && head.contains("/problems/too-many-requests"), head);
            }
        }
        assertTrue(served <= SHARE, served + " slow readers of one address were served at once");
    }

    /**
     * From an address of its own on the loopback network (127.0.0.2), with a tiny receive buffer: asks for
     * {@code path} and reads no more than the answer's head, then stops reading.
     */
    private CompletableFuture<String> readHeadOnly(String path) throws IOException {
        Socket socket = fromOtherAddress(true);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + URI.create(gateway).getAuthority()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return CompletableFuture.supplyAsync(() -> {
            try {
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    head.write(b);
                }
                String text = head.toString(StandardCharsets.UTF_8);
                if (!text.startsWith("HTTP/1.1 200")) {
                    text += new String(in.readNBytes(2_000), StandardCharsets.UTF_8); // a refusal is small: its problem
                }
                return text;
            } catch (IOException e) {
                return "no answer: " + e;
            }
        }, readers);
    }

    /** From another loopback address, sends a request line and then a header line at one byte a second. */
    private void trickleHeaders(String path) throws IOException {
        Socket socket = fromOtherAddress(false);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + URI.create(gateway).getAuthority()
                + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
        dripEverySecond(socket);
    }

    /** Writes one byte a second to the socket until the gateway closes it. */
    private void dripEverySecond(Socket socket) {
        writer.scheduleAtFixedRate(() -> {
            try {
                socket.getOutputStream().write('x');
            } catch (IOException closed) {
                // answered and closed by the gateway
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private Socket fromOtherAddress(boolean smallReceiveBuffer) throws IOException {
        URI base = URI.create(gateway);
        InetAddress target = Arrays.stream(InetAddress.getAllByName(base.getHost()))
                .filter(a -> a instanceof Inet4Address).findFirst().orElseThrow();
        Socket socket = new Socket();
        sockets.add(socket);
        if (smallReceiveBuffer) {
            socket.setReceiveBufferSize(4096);
        }
        socket.setSoTimeout(60_000);
        socket.bind(new InetSocketAddress(InetAddress.getByName(smallReceiveBuffer ? "127.0.0.2" : "127.0.0.3"), 0));
        socket.connect(new InetSocketAddress(target, base.getPort()));
        return socket;
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
        dripEverySecond(socket);
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
