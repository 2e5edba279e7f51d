package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.schedule.LayerTimeRange;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulesResourceTest {

    private static final String WINDOW = "since=2026-03-02T09:00:00%2B09:00&until=2026-03-04T09:00:00%2B09:00";

    private final TestSandbox pd = new TestSandbox();
    private String taro;
    private String hanako;

    @BeforeEach
    void users() {
        taro = pd.userId("taro@example.com");
        hanako = pd.userId("hanako@example.com");
    }

    private String layer(String name, String start, String users, String extra) {
        return """
                {"name":"%s","start":"%s","rotation_virtual_start":"2026-03-02T09:00:00+09:00",
                 "rotation_turn_length_seconds":86400,"users":[%s]%s}""".formatted(name, start, users, extra);
    }

    private String user(String id) {
        return "{\"user\":{\"id\":\"" + id + "\",\"type\":\"user_reference\"}}";
    }

    private TestSandbox.Result create(String... layers) {
        return pd.post("/schedules", """
                {"schedule":{"type":"schedule","name":"Ops Tokyo Day","time_zone":"Asia/Tokyo","schedule_layers":[%s]}}"""
                .formatted(String.join(",", layers)));
    }

    private String createDaily() {
        TestSandbox.Result created = create(layer("Day", "2026-03-02T09:00:00+09:00", user(taro) + "," + user(hanako), ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().path("schedule").path("id").asText();
    }

    @Test
    void finalScheduleIsRenderedInTheScheduleZone() {
        JsonNode schedule = pd.get("/schedules/" + createDaily() + "?" + WINDOW).body().path("schedule");

        JsonNode entries = schedule.path("final_schedule").path("rendered_schedule_entries");
        assertThat(schedule.path("final_schedule").path("name").asText()).isEqualTo("Final Schedule");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("start").asText()).isEqualTo("2026-03-02T09:00:00+09:00");
        assertThat(entries.get(0).path("end").asText()).isEqualTo("2026-03-03T09:00:00+09:00");
        assertThat(entries.get(0).path("user").path("summary").asText()).isEqualTo("Taro Yamada");
        assertThat(entries.get(1).path("user").path("summary").asText()).isEqualTo("Hanako Suzuki");
        assertThat(schedule.path("final_schedule").path("rendered_coverage_percentage").asDouble()).isEqualTo(100.0);
        assertThat(schedule.path("overrides_subschedule").path("name").asText()).isEqualTo("Overrides");
        assertThat(schedule.path("schedule_layers").get(0).path("rendered_schedule_entries")).hasSize(2);
    }

    @Test
    void withoutSinceAndUntilTheNextTwoWeeksAreRendered() {
        JsonNode entries = pd.get("/schedules/" + createDaily()).body().path("schedule").path("final_schedule")
                .path("rendered_schedule_entries");
        assertThat(entries).hasSize(14);
        assertThat(entries.get(0).path("start").asText()).isEqualTo("2026-03-02T09:00:00+09:00");
        assertThat(entries.get(13).path("end").asText()).isEqualTo("2026-03-16T09:00:00+09:00");
    }

    @Test
    void overflowKeepsEntriesWholeAcrossTheWindowEdges() {
        String id = createDaily();
        String window = "since=2026-03-02T21:00:00%2B09:00&until=2026-03-03T21:00:00%2B09:00";
        JsonNode cut = pd.get("/schedules/" + id + "?" + window).body().path("schedule").path("final_schedule")
                .path("rendered_schedule_entries");
        JsonNode whole = pd.get("/schedules/" + id + "?" + window + "&overflow=true").body().path("schedule")
                .path("final_schedule").path("rendered_schedule_entries");
        assertThat(cut.get(0).path("start").asText()).isEqualTo("2026-03-02T21:00:00+09:00");
        assertThat(whole.get(0).path("start").asText()).isEqualTo("2026-03-02T09:00:00+09:00");
        assertThat(whole.get(whole.size() - 1).path("end").asText()).isEqualTo("2026-03-04T09:00:00+09:00");
    }

    @Test
    void timeZoneParameterChangesTheOffsetOfEveryTimestamp() {
        JsonNode schedule = pd.get("/schedules/" + createDaily() + "?" + WINDOW + "&time_zone=UTC").body().path("schedule");
        assertThat(schedule.path("final_schedule").path("rendered_schedule_entries").get(0).path("start").asText())
                .isEqualTo("2026-03-02T00:00:00Z");
        assertThat(schedule.path("schedule_layers").get(0).path("start").asText()).isEqualTo("2026-03-02T00:00:00Z");
    }

    @Test
    void listHasNoFinalScheduleAndLayersOnlyOnRequest() {
        createDaily();
        JsonNode plain = pd.get("/schedules").body().path("schedules").get(0);
        assertThat(plain.has("final_schedule")).isFalse();
        assertThat(plain.has("schedule_layers")).isFalse();
        JsonNode withLayers = pd.get("/schedules?include[]=schedule_layers").body().path("schedules").get(0);
        assertThat(withLayers.path("schedule_layers")).hasSize(1);
        assertThat(withLayers.has("final_schedule")).isFalse();
    }

    @Test
    void layersComeBackInReverseOrder() {
        TestSandbox.Result created = create(
                layer("Layer 1", "2026-03-02T09:00:00+09:00", user(taro), ""),
                layer("Layer 2", "2026-03-02T09:00:00+09:00", user(hanako), ""));
        JsonNode layers = pd.get("/schedules/" + created.body().path("schedule").path("id").asText()).body()
                .path("schedule").path("schedule_layers");
        assertThat(layers).extracting(l -> l.path("name").asText()).containsExactly("Layer 2", "Layer 1");
    }

    @Test
    void aStartInThePastBecomesTheTimeOfTheWrite() {
        TestSandbox.Result created = create(layer("Old", "2025-01-01T09:00:00+09:00", user(taro), ""));
        assertThat(created.body().path("schedule").path("schedule_layers").get(0).path("start").asText())
                .isEqualTo("2026-03-02T09:00:00+09:00");
    }

    @Test
    void aLayerLeftOutOfAPutIsEndedNotDeleted() {
        String id = createDaily();
        String dayLayer = pd.get("/schedules/" + id).body().path("schedule").path("schedule_layers").get(0).path("id").asText();
        pd.clock.advance(Duration.ofHours(5));

        JsonNode updated = pd.put("/schedules/" + id, "{\"schedule\":{\"schedule_layers\":["
                + layer("Night", "2026-03-03T21:00:00+09:00", user(hanako), "") + "]}}").body().path("schedule");

        JsonNode layers = updated.path("schedule_layers");
        assertThat(layers).hasSize(2);
        JsonNode ended = layers.get(0);
        assertThat(ended.path("id").asText()).isEqualTo(dayLayer);
        assertThat(ended.path("end").asText()).isEqualTo("2026-03-02T14:00:00+09:00");
        assertThat(layers.get(1).path("name").asText()).isEqualTo("Night");
        assertThat(layers.get(1).path("end").isNull()).isTrue();
    }

    @Test
    void putWithALayerIdUpdatesThatLayer() {
        String id = createDaily();
        String layerId = pd.get("/schedules/" + id).body().path("schedule").path("schedule_layers").get(0).path("id").asText();
        JsonNode layers = pd.put("/schedules/" + id, "{\"schedule\":{\"schedule_layers\":[" + layer("Renamed",
                "2026-03-05T09:00:00+09:00", user(hanako), ",\"id\":\"" + layerId + "\"") + "]}}").body()
                .path("schedule").path("schedule_layers");
        assertThat(layers).hasSize(1);
        assertThat(layers.get(0).path("id").asText()).isEqualTo(layerId);
        assertThat(layers.get(0).path("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void onlyAnExplicitNullClearsALayerEnd() {
        TestSandbox.Result created = create(layer("Day", "2026-03-02T09:00:00+09:00", user(taro), ",\"end\":\"2026-04-01T09:00:00+09:00\""));
        String id = created.body().path("schedule").path("id").asText();
        String layerId = created.body().path("schedule").path("schedule_layers").get(0).path("id").asText();
        String withoutEnd = layer("Day", "2026-03-02T09:00:00+09:00", user(taro), ",\"id\":\"" + layerId + "\"");

        JsonNode kept = pd.put("/schedules/" + id, "{\"schedule\":{\"schedule_layers\":[" + withoutEnd + "]}}").body();
        assertThat(kept.path("schedule").path("schedule_layers").get(0).path("end").asText()).isEqualTo("2026-04-01T09:00:00+09:00");

        String nullEnd = layer("Day", "2026-03-02T09:00:00+09:00", user(taro), ",\"id\":\"" + layerId + "\",\"end\":null");
        JsonNode cleared = pd.put("/schedules/" + id, "{\"schedule\":{\"schedule_layers\":[" + nullEnd + "]}}").body();
        assertThat(cleared.path("schedule").path("schedule_layers").get(0).path("end").isNull()).isTrue();
    }

    @Test
    void restrictionStartTimeNeedsSeconds() {
        String noSeconds = ",\"restrictions\":[{\"type\":\"daily_restriction\",\"start_time_of_day\":\"09:00\",\"duration_seconds\":3600}]";
        assertThat(create(layer("D", "2026-03-02T09:00:00+09:00", user(taro), noSeconds)).error().path("errors").get(0).asText())
                .isEqualTo("Restriction start_time_of_day must be HH:mm:ss, got '09:00'");
    }

    @Test
    void turnLengthOutsideAnHourToAYearIsInvalid() {
        String tooShort = layer("Short", "2026-03-02T09:00:00+09:00", user(taro), "").replace("86400", "1800");
        assertThat(create(tooShort).error().path("errors").get(0).asText())
                .isEqualTo("Rotation turn length seconds must be between 3600 and 31536000");
    }

    @Test
    void rotationVirtualStartWithSecondsIsInvalid() {
        String seconds = layer("S", "2026-03-02T09:00:00+09:00", user(taro), "")
                .replace("\"rotation_virtual_start\":\"2026-03-02T09:00:00+09:00\"", "\"rotation_virtual_start\":\"2026-03-02T09:00:30+09:00\"");
        assertThat(create(seconds).error().path("errors").get(0).asText()).isEqualTo("Rotation virtual start must not have seconds");
    }

    @Test
    void aVirtualStartCenturiesAheadIsAPagerDutyStyle400WithoutTheRenderersOwnWords() {
        String farAhead = layer("F", "2026-03-02T09:00:00+09:00", user(taro), "")
                .replace("\"rotation_virtual_start\":\"2026-03-02T09:00:00+09:00\"", "\"rotation_virtual_start\":\"2626-03-02T09:00:00+09:00\"");
        TestSandbox.Result created = create(farAhead);
        if (created.status() / 100 == 2) {
            String id = created.body().path("schedule").path("id").asText();
            created = pd.get("/schedules/" + id + "?" + WINDOW);
        }
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.error().path("message").asText()).isEqualTo("Invalid Input Provided");
        assertThat(created.error().path("errors").toString()).doesNotContainIgnoringCase("render")
                .doesNotContain("io.pdgitops").doesNotContain("Exception");
    }

    @Test
    void layerTimesOutsideTheRenderableRangeAreInvalidAndItsBoundsAccepted() {
        String first = LayerTimeRange.EARLIEST.toString();
        String last = LayerTimeRange.END.minus(Duration.ofMinutes(1)).toString();
        String before = LayerTimeRange.EARLIEST.minus(Duration.ofMinutes(1)).toString();
        String after = LayerTimeRange.END.toString();
        String virtualStart = "\"rotation_virtual_start\":\"2026-03-02T09:00:00+09:00\"";

        assertThat(create(layer("In", first, user(taro), ",\"end\":\"" + last + "\"")
                .replace(virtualStart, "\"rotation_virtual_start\":\"" + last + "\"")).status()).isEqualTo(201);
        assertThat(create(layer("S", before, user(taro), "")).error().path("errors").get(0).asText())
                .startsWith("Start must be between");
        assertThat(create(layer("V", first, user(taro), "").replace(virtualStart,
                "\"rotation_virtual_start\":\"" + after + "\"")).error().path("errors").get(0).asText())
                .startsWith("Rotation virtual start must be between");
        assertThat(create(layer("E", first, user(taro), ",\"end\":\"" + after + "\"")).error().path("errors").get(0)
                .asText()).startsWith("End must be between");
    }

    @Test
    void layerEndWithSecondsIsInvalid() {
        String endWithSeconds = ",\"end\":\"2026-04-01T09:00:30+09:00\"";
        assertThat(create(layer("E", "2026-03-02T09:00:00+09:00", user(taro), endWithSeconds)).error().path("errors").get(0).asText())
                .isEqualTo("End must not have seconds");
    }

    @Test
    void teamFilterUsesTheScheduleTeams() {
        String tokyo = pd.teamId("Ops Tokyo");
        TestSandbox.Result created = pd.post("/schedules", """
                {"schedule":{"type":"schedule","name":"Team","time_zone":"UTC","teams":[{"id":"%s","type":"team_reference"}],
                 "schedule_layers":[%s]}}""".formatted(tokyo, layer("L", "2026-03-02T09:00:00+09:00", user(taro), "")));
        assertThat(created.body().path("schedule").path("teams").get(0).path("summary").asText()).isEqualTo("Ops Tokyo");
        createDaily();

        assertThat(pd.get("/schedules?team_ids[]=" + tokyo).body().path("schedules")).extracting(s -> s.path("name").asText())
                .containsExactly("Team");
        assertThat(pd.delete("/teams/" + tokyo).error().path("code").asInt()).isEqualTo(6006);
    }

    @Test
    void restrictionsAreCheckedByKind() {
        String dailyTooLong = ",\"restrictions\":[{\"type\":\"daily_restriction\",\"start_time_of_day\":\"09:00:00\",\"duration_seconds\":86400}]";
        assertThat(create(layer("D", "2026-03-02T09:00:00+09:00", user(taro), dailyTooLong)).error().path("errors").get(0).asText())
                .startsWith("A daily restriction must last");
        String weeklyWithoutDay = ",\"restrictions\":[{\"type\":\"weekly_restriction\",\"start_time_of_day\":\"09:00:00\",\"duration_seconds\":3600}]";
        assertThat(create(layer("W", "2026-03-02T09:00:00+09:00", user(taro), weeklyWithoutDay)).error().path("errors").get(0).asText())
                .startsWith("A weekly restriction needs start_day_of_week");
        String weeklyOk = ",\"restrictions\":[{\"type\":\"weekly_restriction\",\"start_day_of_week\":1,\"start_time_of_day\":\"09:00:00\",\"duration_seconds\":604799}]";
        assertThat(create(layer("W", "2026-03-02T09:00:00+09:00", user(taro), weeklyOk)).status()).isEqualTo(201);
    }

    @Test
    void badTimeZoneIsInvalid() {
        TestSandbox.Result result = pd.post("/schedules", "{\"schedule\":{\"type\":\"schedule\",\"name\":\"X\",\"time_zone\":\"Tokyo\","
                + "\"schedule_layers\":[" + layer("L", "2026-03-02T09:00:00+09:00", user(taro), "") + "]}}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().path("errors").get(0).asText()).contains("Tokyo");
    }

    @Test
    void scheduleUsedByAPolicyCannotBeDeleted() {
        String id = createDaily();
        TestSandbox.Result policy = pd.post("/escalation_policies", "{\"escalation_policy\":{\"type\":\"escalation_policy\",\"name\":\"P\","
                + "\"escalation_rules\":[{\"escalation_delay_in_minutes\":5,\"targets\":[{\"id\":\"" + id + "\",\"type\":\"schedule_reference\"}]}]}}");
        assertThat(policy.status()).isEqualTo(201);

        TestSandbox.Result blocked = pd.delete("/schedules/" + id);
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.error().path("errors").get(0).asText())
                .isEqualTo("Schedule can't be deleted if it's being used by escalation policies");
        assertThat(pd.get("/schedules/" + id).body().path("schedule").path("escalation_policies").get(0).path("summary").asText())
                .isEqualTo("P");

        pd.delete("/escalation_policies/" + policy.body().path("escalation_policy").path("id").asText());
        assertThat(pd.delete("/schedules/" + id).status()).isEqualTo(204);
    }

    @Test
    void previewRendersWithoutStoring() {
        TestSandbox.Result preview = pd.post("/schedules/preview?" + WINDOW, """
                {"schedule":{"type":"schedule","name":"Try","time_zone":"Asia/Tokyo","schedule_layers":[%s]}}"""
                .formatted(layer("Day", "2026-03-02T09:00:00+09:00", user(hanako), "")));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().path("schedule").path("final_schedule").path("rendered_schedule_entries").get(0)
                .path("user").path("id").asText()).isEqualTo(hanako);
        assertThat(pd.get("/schedules").body().path("schedules")).isEmpty();
    }

    @Test
    void onCallUsersInTheWindow() {
        JsonNode users = pd.get("/schedules/" + createDaily() + "/users?since=2026-03-02T00:00:00Z&until=2026-03-02T12:00:00Z")
                .body().path("users");
        assertThat(users).extracting(u -> u.path("email").asText()).containsExactly("taro@example.com");
    }
}
