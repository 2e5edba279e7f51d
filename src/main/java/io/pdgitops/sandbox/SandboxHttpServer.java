package io.pdgitops.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link Sandbox} on its own port with the JDK's HTTP server, at the same paths as
 * PagerDuty (so a client only changes its base URL). Used by {@code pd-gitops sandbox} and by tests.
 */
public final class SandboxHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private SandboxHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
    public static SandboxHttpServer start(Sandbox sandbox, String host, int port) throws IOException {
        // Without TCP_NODELAY, small answers wait for the client's delayed ACK (about 40 ms each).
        // The JDK server reads this once, so it only helps when set before the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "pd-sandbox-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(sandbox, exchange));
        server.start();
        return new SandboxHttpServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void serve(Sandbox sandbox, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            SandboxRequest request = new SandboxRequest(exchange.getRequestMethod(), uri.getPath(),
                    query(uri.getRawQuery()), exchange.getRequestHeaders(), body);
            SandboxResponse response = sandbox.handle(request);
            if (response.dropConnection()) {
                // The JDK server closes the connection, without an answer, when a handler throws.
                throw new DroppedOnPurpose();
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean empty = response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Signals the JDK server to drop the connection (an injected fault, not an error). */
    private static final class DroppedOnPurpose extends RuntimeException {
        DroppedOnPurpose() {
            super("connection dropped by fault injection", null, false, false);
        }
    }
}
