package gov.enforcement.devstack;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;

/** Stands in for a packaged Quarkus service: answers /q/health/ready, and says how it was stopped. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("fake.fail")) {
            System.out.println("boom: cannot start");
            System.exit(3);
        }
        int port = Integer.getInteger("quarkus.http.port");
        long readyAt = System.currentTimeMillis() + Long.getLong("fake.ready-after-ms", 0L);
        System.out.println("fake started, greeting=" + System.getProperty("fake.greeting"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/q/health/ready", exchange -> {
            int status = System.currentTimeMillis() >= readyAt ? 200 : 503;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("graceful stop");
            server.stop(0);
        }));
    }
}
