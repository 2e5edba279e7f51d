package io.pdgitops.pagerduty;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PagerDutyClientConfig config = settings.apply(PagerDutyClientConfig.builder(TOKEN)
                .baseUrl(server.url("/").toString())
                .readTimeout(Duration.ofSeconds(5))
                .maxRetries(3)).build();
        client = PagerDutyClient.builder(config)
                .listener(listener)
                .sleeper(time)
                .ticker(time)
                .random(halfway())
                .rateLimiter(RateLimiter.unlimited())
                .build();
    }

    static RandomGenerator halfway() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    }

    void enqueueJson(String body) {
        enqueue(200, body);
    }

    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
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
