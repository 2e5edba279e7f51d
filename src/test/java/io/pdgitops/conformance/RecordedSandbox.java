package io.pdgitops.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.pagerduty.ApiCallCounter;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.SandboxInterceptor;
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
 * A sandbox, served either by the standalone server on a loopback port or in-process by a
 * {@link SandboxInterceptor}, and clients of it whose every exchange is recorded and every attempt counted.
 * Clients never really wait: their sleeps are recorded and move the sandbox's clock instead, so a client that
 * waits for a rate-limit window to reset finds it reset.
 */
final class RecordedSandbox implements AutoCloseable {

    static final String TOKEN = "conformance-token-5f1e";
    private static final String IN_PROCESS_URL = "http://sandbox.invalid";
    private static final Path SEED = Path.of("src/test/resources/sandbox/seed.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Sandbox sandbox;
    final ExchangeRecorder recorder = new ExchangeRecorder();
    final ApiCallCounter calls = new ApiCallCounter();
    final List<Duration> clientSleeps = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.now());
    /** Null when the sandbox answers in-process. */
    private final SandboxHttpServer server;

    private RecordedSandbox(SandboxConfig config, boolean onLoopback) {
        try {
            this.sandbox = new Sandbox(config, SeedLoader.load(SEED), clock, Thread::sleep);
            this.server = onLoopback ? SandboxHttpServer.start(sandbox, "127.0.0.1", 0) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real HTTP on 127.0.0.1; exchanges are recorded by a network interceptor. */
    static RecordedSandbox onLoopback(SandboxConfig config) {
        return new RecordedSandbox(config, true);
    }

    /** No port: the interceptor answers, and the recorder sits in front of it. */
    static RecordedSandbox inProcess(SandboxConfig config) {
        return new RecordedSandbox(config, false);
    }

    /** A client with {@code maxRetries} retries and a backoff of a few milliseconds, its limiter out of the way. */
    PagerDutyClient client(String token, int maxRetries) {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder(token)
                .baseUrl(baseUrl())
                .maxRetries(maxRetries)
                .backoffBase(Duration.ofMillis(2))
                .backoffCap(Duration.ofMillis(20))
                .readTimeout(Duration.ofSeconds(5))
                .build();
        return PagerDutyClient.builder(config)
                .httpClient(recordingHttp())
                .listener(calls)
                .sleeper(wait -> {
                    clientSleeps.add(wait);
                    clock.advance(wait);
                })
                .rateLimiter(RateLimiter.unlimited())
                .build();
    }

    /** Plain OkHttp whose exchanges are recorded, for the routes the client does not call. */
    OkHttpClient recordingHttp() {
        return server == null
                ? new OkHttpClient.Builder().addInterceptor(recorder).addInterceptor(new SandboxInterceptor(sandbox)).build()
                : new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    }

    String baseUrl() {
        return server == null ? IN_PROCESS_URL : server.baseUri().toString();
    }

    PagerDutyClient client() {
        return client(TOKEN, 3);
    }

    /** A call straight into the sandbox, past HTTP and the recorder: for setting up state and the admin endpoints. */
    JsonNode direct(String method, String path, String json) {
        SandboxResponse response = sandbox.handle(new SandboxRequest(method, path, Map.of(),
                Map.of("Authorization", List.of("Token token=" + TOKEN),
                        "Accept", List.of("application/vnd.pagerduty+json;version=2"),
                        "From", List.of("taro@example.com")),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
        if (response.status() >= 300) {
            throw new AssertionError("sandbox refused " + method + " " + path + ": " + response.bodyText());
        }
        try {
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
