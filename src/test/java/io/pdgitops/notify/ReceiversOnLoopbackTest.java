package io.pdgitops.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.RetryPolicy;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiversOnLoopbackTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "notify-secret";
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final String ADMIN_TOKEN = "sandbox-admin-token";
    static final String ROUTING_KEY = "0123456789abcdef0123456789abcdef";

    final LoopbackReceiver loopback = new LoopbackReceiver();
    final List<String> logged = new ArrayList<>();
    final List<Duration> pauses = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() {
        loopback.close();
    }

    @Test
    void slackTeamsAndTheSignedWebhookEachGetTheirOwnShape() throws Exception {
        Notification failed = notification(NotificationEvent.SYNC_FAILED, "Sync #3 of 1a2b3c4d failed",
                List.of("services/a.yaml:4: unknown escalation policy <Ops & Co>"));
        try (NotificationDispatcher dispatcher = dispatcher(List.of(new SlackReceiver(loopback.url("/slack")),
                new TeamsReceiver(loopback.url("/teams")), new SignedWebhookReceiver(loopback.url("/hook"), SECRET)),
                1)) {
            dispatcher.send(List.of(failed));
            assertThat(dispatcher.drain(Duration.ofSeconds(20))).isTrue();
            assertThat(dispatcher.delivered()).isEqualTo(3);
        }

        JsonNode slack = body("/slack");
        assertThat(slack.path("text").asText()).contains("*Sync #3 of 1a2b3c4d failed*",
                "unknown escalation policy &lt;Ops &amp; Co&gt;").doesNotContain("<Ops");

        JsonNode teams = body("/teams");
        assertThat(teams.path("type").asText()).isEqualTo("message");
        JsonNode card = teams.path("attachments").get(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("content").path("body").get(0).path("text").asText()).isEqualTo(failed.title());

        LoopbackReceiver.Received hook = received("/hook");
        assertThat(hook.header(SignedWebhookReceiver.SIGNATURE)).isEqualTo("sha256=" + hmac(hook.body()));
        assertThat(hook.header(SignedWebhookReceiver.EVENT)).isEqualTo("sync-failed");
        JsonNode fields = JSON.readTree(hook.body());
        assertThat(fields.path("title").asText()).isEqualTo(failed.title());
        assertThat(fields.path("details").get(0).asText()).isEqualTo(failed.details().get(0));
        assertThat(fields.path("problem").asBoolean()).isTrue();
    }

    @Test
    void theSandboxEventsApiTakesATriggerAndTheResolveOfTheSameAlert() throws Exception {
        try (SandboxHttpServer sandbox = SandboxHttpServer.start(new Sandbox(SandboxConfig.withToken(ADMIN_TOKEN),
                Seed.EMPTY), "127.0.0.1", 0);
                NotificationDispatcher dispatcher = dispatcher(List.of(new PagerDutyEventsReceiver(
                        sandbox.baseUri().resolve("/v2/enqueue"), ROUTING_KEY)), 1)) {
            dispatcher.send(List.of(notification(NotificationEvent.SYNC_FAILED, "Sync #1 failed", List.of()),
                    notification(NotificationEvent.RECOVERED, "Sync #2 succeeded", List.of())));
            assertThat(dispatcher.drain(Duration.ofSeconds(20))).isTrue();
            assertThat(dispatcher.delivered()).as(String.join("\n", logged)).isEqualTo(2);

            JsonNode events = JSON.readTree(http.send(HttpRequest.newBuilder(
                    sandbox.baseUri().resolve("/sandbox-admin/events")).header("Authorization", "Token token=" + ADMIN_TOKEN)
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("events");
            assertThat(events).hasSize(2);
            assertThat(events.get(0).path("event_action").asText()).isEqualTo("trigger");
            assertThat(events.get(0).path("payload").path("summary").asText()).contains("Sync #1 failed");
            assertThat(events.get(1).path("event_action").asText()).isEqualTo("resolve");
            assertThat(events.get(1).path("dedup_key")).isEqualTo(events.get(0).path("dedup_key"));
        }
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedWithGrowingPausesAndOtherRefusalsAreNot() throws Exception {
        loopback.answering(500, 429, 200);
        try (NotificationDispatcher dispatcher = dispatcher(List.of(new SlackReceiver(loopback.url("/slack"))), 5)) {
            dispatcher.send(List.of(notification(NotificationEvent.DRIFT_APPEARED, "drift", List.of())));
            assertThat(dispatcher.drain(Duration.ofSeconds(20))).isTrue();
            assertThat(dispatcher.delivered()).isEqualTo(1);
        }
        assertThat(loopback.received()).hasSize(3);
        // Backoff: between half and all of the first pause, then of twice that.
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0)).isBetween(FIRST_PAUSE.dividedBy(2), FIRST_PAUSE);
        assertThat(pauses.get(1)).isBetween(FIRST_PAUSE, FIRST_PAUSE.multipliedBy(2));

        loopback.answering(404);
        try (NotificationDispatcher dispatcher = dispatcher(List.of(new SlackReceiver(loopback.url("/gone"))), 5)) {
            dispatcher.send(List.of(notification(NotificationEvent.DRIFT_GONE, "no drift", List.of())));
            assertThat(dispatcher.drain(Duration.ofSeconds(20))).isTrue();
            assertThat(dispatcher.failed()).isEqualTo(1);
        }
        assertThat(loopback.received()).hasSize(4);
        assertThat(logged).anyMatch(line -> line.contains("HTTP 404")).noneMatch(line -> line.contains("127.0.0.1"));
    }

    @Test
    void sendingNeverWaitsForASlowReceiver() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Receiver stuck = new Receiver() {
            @Override
            public String name() {
                return "stuck";
            }

            @Override
            public Delivery request(Notification notification) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Delivery(loopback.url("/late"), Map.of(), new byte[0]);
            }
        };
        try (NotificationDispatcher dispatcher = dispatcher(List.of(stuck), 1)) {
            dispatcher.send(List.of(notification(NotificationEvent.SYNC_FAILED, "x", List.of())));
            assertThat(dispatcher.delivered()).as("send returned before the receiver was reached").isZero();
            release.countDown();
            assertThat(dispatcher.drain(Duration.ofSeconds(20))).isTrue();
            assertThat(dispatcher.delivered()).isEqualTo(1);
        }
    }

    @Test
    void secretsAreNeverInWhatTheReceiversSayOfThemselves() {
        assertThat(new SlackReceiver(URI.create("https://hooks.slack.com/services/T0/B0/SECRETPART")).toString())
                .doesNotContain("SECRETPART");
        assertThat(new PagerDutyEventsReceiver(PagerDutyEventsReceiver.DEFAULT_URL, ROUTING_KEY).toString())
                .doesNotContain(ROUTING_KEY);
        assertThat(new SignedWebhookReceiver(URI.create("https://example.com/hook"), SECRET).toString())
                .doesNotContain(SECRET);
    }

    private NotificationDispatcher dispatcher(List<Receiver> receivers, int attempts) {
        RetryPolicy policy = new RetryPolicy(attempts - 1, new Backoff(FIRST_PAUSE, Duration.ofMinutes(1),
                new SplittableRandom(7)), Duration.ofMinutes(1), Clock.systemUTC());
        return new NotificationDispatcher(receivers, new HttpTransport(new OkHttpClient()), policy, pauses::add,
                line -> {
                    synchronized (logged) {
                        logged.add(line);
                    }
                });
    }

    private static Notification notification(NotificationEvent event, String title, List<String> details) {
        return new Notification(event, Instant.parse("2026-12-04T10:00:00Z"), title, details,
                "https://git.example.com/ops/pagerduty.git", Optional.of("1a2b3c4d5e"), Optional.of(3L),
                Optional.empty());
    }

    private LoopbackReceiver.Received received(String path) {
        return loopback.received().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private JsonNode body(String path) throws Exception {
        return JSON.readTree(received(path).body());
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
