package io.pdgitops.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a PagerDuty API (the sandbox's own server) that makes one write as slow as a
 * test needs: the n-th write is passed on, so PagerDuty has done it, but its answer is held back until
 * {@link #release()}. A process killed while it waits is thus cut off after some writes and before it learns
 * whether the last one happened, which is the case where a careless retry creates a duplicate.
 */
public final class HoldingProxy implements AutoCloseable {

    /** Headers that the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(2);

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI target;
    private final AtomicInteger heldWrite;
    private final AtomicInteger writes = new AtomicInteger();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private HoldingProxy(URI target, int heldWrite) throws IOException {
        this.target = target;
        this.heldWrite = new AtomicInteger(heldWrite);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "holding-proxy");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::forward);
        server.start();
    }

    /** Proxies to {@code target}; the answer to write number {@code heldWrite} (counting from 1) is held. */
    public static HoldingProxy start(URI target, int heldWrite) throws IOException {
        return new HoldingProxy(target, heldWrite);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A proxy that holds nothing until {@link #holdAfter(int)} is called. */
    public static HoldingProxy passingThrough(URI target) throws IOException {
        return new HoldingProxy(target, Integer.MAX_VALUE);
    }

    /** Holds the answer to the {@code more}-th write from now, for a test that first lets other syncs through. */
    public void holdAfter(int more) {
        heldWrite.set(writes.get() + more);
    }

    /** Writes passed on to PagerDuty so far, the held one included. */
    public int writes() {
        return writes.get();
    }

    /** True once the held write has been done by PagerDuty and its answer is waiting. */
    public boolean awaitHolding(Duration timeout) throws InterruptedException {
        return holding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held answer go (to a caller that may no longer be there) and every later one straight through. */
    public void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpResponse<byte[]> answer = passOn(exchange);
            if (!isRead(exchange.getRequestMethod()) && writes.incrementAndGet() == heldWrite.get()) {
                holding.countDown();
                released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // The process under test was killed while its answer was held: there is no one left to answer.
        }
    }

    private HttpResponse<byte[]> passOn(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean isRead(String method) {
        return List.of("GET", "HEAD", "OPTIONS").contains(method.toUpperCase(Locale.ROOT));
    }
}
