package io.pdgitops.pagerduty;

import io.pdgitops.http.retry.FixedJitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer with a client pointed at it: no real waiting (the sleeper only records), no rate limiting, and
 * jitter fixed at half its range so that waits are predictable.
 */
final class MockPagerDuty implements AutoCloseable {

    static final String TOKEN = "u+SECRET-t0ken-9f8e7d";

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();
    final RecordingListener listener = new RecordingListener();
    final PagerDutyClient client;

    MockPagerDuty() {
        this(config -> config);
    }

    MockPagerDuty(UnaryOperator<PagerDutyClientConfig.Builder> settings) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = client(TOKEN, "/", listener,
                config -> settings.apply(config.readTimeout(Duration.ofSeconds(5)).maxRetries(3)));
    }

    /**
     * Another client of this server, for what the standard one cannot show (another token, base path or listener);
     * it shares the fake time and reports to {@code listener}.
     */
    PagerDutyClient client(String token, String basePath, ApiCallListener listener,
            UnaryOperator<PagerDutyClientConfig.Builder> settings) {
        PagerDutyClientConfig config = settings.apply(PagerDutyClientConfig.builder(token)
                .baseUrl(server.url(basePath).toString())).build();
        return PagerDutyClient.builder(config).listener(listener).sleeper(time).ticker(time)
                .random(FixedJitter.halfway())
                .rateLimiter(RateLimiter.unlimited()).build();
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    }

    void enqueueJson(String body) {
        enqueue(200, body);
    }

    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no request arrived");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
