package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Events API v2 as PagerDuty documents it: 202 with a dedup key, 400 naming what is wrong. */
class EventsEndpointTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";

    final TestSandbox sandbox = new TestSandbox();

    @Test
    void aTriggerIsAcceptedWithItsDedupKeyOrANewOne() {
        SandboxResponse given = post("""
                {"routing_key":"%s","event_action":"trigger","dedup_key":"disk/web-1",
                 "payload":{"summary":"Disk full","source":"web-1","severity":"critical"}}""".formatted(KEY));
        SandboxResponse fresh = post("""
                {"routing_key":"%s","event_action":"trigger",
                 "payload":{"summary":"Load high","source":"web-2","severity":"warning"}}""".formatted(KEY));

        assertThat(given.status()).isEqualTo(202);
        assertThat(json(given).path("status").asText()).isEqualTo("success");
        assertThat(json(given).path("dedup_key").asText()).isEqualTo("disk/web-1");
        assertThat(json(fresh).path("dedup_key").asText()).isNotBlank().isNotEqualTo("disk/web-1");
        assertThat(sandbox.sandbox.eventsJson()).hasSize(2);
    }

    @Test
    void anInvalidEventIs400ListingEveryProblemAndIsNotKept() {
        SandboxResponse bad = post("""
                {"routing_key":"short","event_action":"trigger","payload":{"severity":"loud"}}""");
        SandboxResponse resolveWithoutKey = post("""
                {"routing_key":"%s","event_action":"resolve"}""".formatted(KEY));
        SandboxResponse notJson = post("{");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(json(bad).path("status").asText()).isEqualTo("invalid event");
        assertThat(json(bad).path("errors").toString()).contains("routing_key", "payload.summary", "payload.source",
                "payload.severity");
        assertThat(resolveWithoutKey.status()).isEqualTo(400);
        assertThat(json(resolveWithoutKey).path("errors").toString()).contains("dedup_key");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(sandbox.sandbox.eventsJson()).isEmpty();
    }

    private SandboxResponse post(String body) {
        return sandbox.sandbox.handle(new SandboxRequest("POST", "/v2/enqueue", Map.of(),
                Map.of("Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(SandboxResponse response) {
        return Json.parse(response.body());
    }
}
