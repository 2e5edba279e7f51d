package io.pdgitops.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.http.retry.Backoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/** A fake Git host API: answers queued in order, every request kept, waits recorded instead of slept. */
public final class MockHost implements AutoCloseable {

    public static final String TOKEN = "ghp_secret-token-value";

    public final MockWebServer server = new MockWebServer();
    public final List<Duration> waits = new ArrayList<>();

    public MockHost() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the API under {@code basePath} (e.g. {@code /api/v3} as on GitHub Enterprise). */
    public ReviewHttp http(String basePath, Map<String, String> headers) {
        return new ReviewHttp(new OkHttpClient(), new ReviewHttp.Settings(server.url(basePath), headers, 3,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(7)), waits::add));
    }

    public String url(String path) {
        return server.url(path).toString();
    }

    public void answer(int code, String body, String... headerPairs) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body(body)
                .addHeader("Content-Type", "application/json");
        for (int i = 0; i < headerPairs.length; i += 2) {
            response.addHeader(headerPairs[i], headerPairs[i + 1]);
        }
        server.enqueue(response.build());
    }

    /** Method, target and body of every request made, in order. */
    public List<String> calls() {
        List<String> calls = new ArrayList<>();
        RecordedRequest request;
        try {
            while ((request = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
                calls.add(describe(request));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return calls;
    }

    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(request).as("a request").isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String describe(RecordedRequest request) {
        String body = request.getBodySize() > 0 ? " " + request.getBody().utf8() : "";
        return request.getMethod() + " " + request.getTarget() + body;
    }

    @Override
    public void close() {
        server.close();
    }
}
