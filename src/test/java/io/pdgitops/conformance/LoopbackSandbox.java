package io.pdgitops.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.pagerduty.ApiCallCounter;
import io.pdgitops.pagerduty.ApiCallListener;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.SandboxRequest;
import io.pdgitops.sandbox.SandboxResponse;
import io.pdgitops.sandbox.SeedLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;

/**
 * The standalone sandbox on a loopback port, and clients of it whose every exchange is recorded by a network
 * interceptor and every attempt counted. Clients never really wait: their sleeps are recorded and move the
 * sandbox's clock instead, so a client that waits for a rate-limit window to reset finds it reset.
 */
final class LoopbackSandbox implements AutoCloseable {

    static final String TOKEN = "conformance-token-5f1e";
    private static final Path SEED = Path.of("src/test/resources/sandbox/seed.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Sandbox sandbox;
    final ExchangeRecorder recorder = new ExchangeRecorder();
    final ApiCallCounter calls = new ApiCallCounter();
    final List<Duration> clientSleeps = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.now());
    private final SandboxHttpServer server;

    LoopbackSandbox(SandboxConfig config) {
        try {
            this.sandbox = new Sandbox(config, SeedLoader.load(SEED), clock, Thread::sleep);
            this.server = SandboxHttpServer.start(sandbox, "127.0.0.1", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client with {@code maxRetries} retries and a backoff of a few milliseconds that is never slept. */
    PagerDutyClient client(String token, int maxRetries) {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder(token)
                .baseUrl(server.baseUri().toString())
                .maxRetries(maxRetries)
                .backoffBase(Duration.ofMillis(2))
                .backoffCap(Duration.ofMillis(20))
                .readTimeout(Duration.ofSeconds(5))
                .build();
        return PagerDutyClient.builder(config)
                .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(recorder).build())
                .listener(ApiCallListener.all(calls))
                .sleeper(wait -> {
                    clientSleeps.add(wait);
                    clock.advance(wait);
                })
                .rateLimiter(RateLimiter.unlimited())
                .build();
    }

    PagerDutyClient client() {
        return client(TOKEN, 3);
    }

    /** A call straight into the sandbox, past HTTP and the recorder: for setting up state and the admin endpoints. */
    JsonNode direct(String method, String path, String json) {
        SandboxResponse response = sandbox.handle(new SandboxRequest(method, path, Map.of(),
                Map.of("Authorization", List.of("Token token=" + TOKEN),
                        "Accept", List.of("application/vnd.pagerduty+json;version=2")),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
        if (response.status() >= 300) {
            throw new AssertionError("sandbox refused " + method + " " + path + ": " + response);
        }
        try {
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
