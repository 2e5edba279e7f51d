package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverridesResourceTest {

    private final TestSandbox pd = new TestSandbox();
    private String schedule;
    private String jiro;

    @BeforeEach
    void schedule() {
        String taro = pd.userId("taro@example.com");
        jiro = pd.userId("jiro@example.com");
        schedule = pd.post("/schedules", """
                {"schedule":{"type":"schedule","name":"S","time_zone":"UTC","schedule_layers":[{"start":"2026-03-02T00:00:00Z",
                 "rotation_virtual_start":"2026-03-02T00:00:00Z","rotation_turn_length_seconds":604800,
                 "users":[{"user":{"id":"%s","type":"user_reference"}}]}]}}""".formatted(taro))
                .body().path("schedule").path("id").asText();
    }

    private TestSandbox.Result add(String start, String end) {
        return pd.post("/schedules/" + schedule + "/overrides", """
                {"overrides":[{"start":"%s","end":"%s","user":{"id":"%s","type":"user_reference"}}]}""".formatted(start, end, jiro));
    }

    @Test
    void batchCreateAnswers201WithAStatusPerItem() {
        TestSandbox.Result result = pd.post("/schedules/" + schedule + "/overrides", """
                {"overrides":[
                  {"start":"2026-03-03T00:00:00Z","end":"2026-03-03T12:00:00Z","user":{"id":"%1$s","type":"user_reference"}},
                  {"start":"2026-03-04T12:00:00Z","end":"2026-03-04T00:00:00Z","user":{"id":"%1$s","type":"user_reference"}}]}"""
                .formatted(jiro));

        assertThat(result.status()).isEqualTo(201);
        JsonNode items = result.body();
        assertThat(items.get(0).path("status").asInt()).isEqualTo(201);
        assertThat(items.get(0).path("override").path("id").asText()).matches("Q[A-Z0-9]{13}");
        assertThat(items.get(1).path("status").asInt()).isEqualTo(400);
        assertThat(items.get(1).path("errors").get(0).asText()).isEqualTo("Override must end after its start");
    }

    @Test
    void overridesShowInTheFinalSchedule() {
        add("2026-03-03T00:00:00Z", "2026-03-03T12:00:00Z");
        JsonNode entries = pd.get("/schedules/" + schedule + "?since=2026-03-03T00:00:00Z&until=2026-03-04T00:00:00Z").body()
                .path("schedule").path("final_schedule").path("rendered_schedule_entries");
        assertThat(entries).extracting(e -> e.path("user").path("id").asText()).startsWith(jiro);
        assertThat(entries.get(0).path("end").asText()).isEqualTo("2026-03-03T12:00:00Z");
    }

    @Test
    void listNeedsSinceAndUntil() {
        add("2026-03-03T00:00:00Z", "2026-03-03T12:00:00Z");
        assertThat(pd.get("/schedules/" + schedule + "/overrides").status()).isEqualTo(400);
        assertThat(pd.get("/schedules/" + schedule + "/overrides?since=2026-03-01T00:00:00Z&until=2026-03-10T00:00:00Z")
                .body().path("overrides")).hasSize(1);
        assertThat(pd.get("/schedules/" + schedule + "/overrides?since=2026-03-05T00:00:00Z&until=2026-03-10T00:00:00Z")
                .body().path("overrides")).isEmpty();
    }

    @Test
    void deleteRemovesAFutureOverrideAndTruncatesARunningOne() {
        String future = add("2026-03-03T00:00:00Z", "2026-03-03T12:00:00Z").body().get(0).path("override").path("id").asText();
        assertThat(pd.delete("/schedules/" + schedule + "/overrides/" + future).status()).isEqualTo(204);

        String running = add("2026-03-02T06:00:00Z", "2026-03-02T18:00:00Z").body().get(0).path("override").path("id").asText();
        pd.clock.advance(Duration.ofHours(8));
        assertThat(pd.delete("/schedules/" + schedule + "/overrides/" + running).status()).isEqualTo(200);
        JsonNode kept = pd.get("/schedules/" + schedule + "/overrides?since=2026-03-01T00:00:00Z&until=2026-03-10T00:00:00Z")
                .body().path("overrides");
        assertThat(kept.get(0).path("end").asText()).isEqualTo("2026-03-02T08:00:00Z");

        pd.clock.advance(Duration.ofHours(1));
        assertThat(pd.delete("/schedules/" + schedule + "/overrides/" + running).status()).isEqualTo(400);
    }

    @Test
    void overrideEndingInThePastIsRejected() {
        JsonNode item = add("2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z").body().get(0);
        assertThat(item.path("status").asInt()).isEqualTo(400);
        assertThat(item.path("errors").get(0).asText()).isEqualTo("Override must end in the future");
    }
}
