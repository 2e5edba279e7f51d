package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.OverrideResult;
import io.pdgitops.pagerduty.dto.RestrictionDto;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulesApiTest {

    private static final String SCHEDULE = Golden.text("schedule-two-layers/get-response.json");

    private final MockPagerDuty pagerDuty = new MockPagerDuty();

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void layersReadInUiOrderWithLayerOneFirst() {
        pagerDuty.enqueueJson(SCHEDULE);

        ScheduleDto schedule = pagerDuty.client.schedules().get("PSCH001");

        // The wire lists "Weekend cover" first; it is Layer 2 in the UI.
        assertThat(schedule.layers()).extracting(ScheduleLayerDto::name)
                .containsExactly("Weekday day shift", "Weekend cover");
        ScheduleLayerDto weekday = schedule.layers().get(0);
        assertThat(weekday.users()).extracting(user -> user.user().id()).containsExactly("PUSR001", "PUSR002");
        assertThat(weekday.restrictions()).containsExactly(
                new RestrictionDto("weekly_restriction", "09:00:00", 32400, 1));
        assertThat(weekday.start()).isEqualTo(OffsetDateTime.parse("2026-01-05T09:00:00+09:00"));
        assertThat(weekday.end()).isNull();
        assertThat(schedule.finalSchedule().renderedScheduleEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.user().id()).isEqualTo("PUSR003"));
        assertThat(schedule.unmodeled()).containsKey("web_cal_url");
    }

    @Test
    void aRenderWindowIsSentAsQuery() {
        pagerDuty.enqueueJson(SCHEDULE);
        OffsetDateTime since = OffsetDateTime.parse("2026-01-05T00:00:00+09:00");

        pagerDuty.client.schedules().get("PSCH001",
                new RenderWindow(since, since.plusWeeks(2), true, "Asia/Tokyo"));

        HttpUrl url = pagerDuty.take().getUrl();
        assertThat(url.queryParameter("since")).isEqualTo("2026-01-05T00:00:00+09:00");
        assertThat(url.queryParameter("until")).isEqualTo("2026-01-19T00:00:00+09:00");
        assertThat(url.queryParameter("overflow")).isEqualTo("true");
        assertThat(url.queryParameter("time_zone")).isEqualTo("Asia/Tokyo");
    }

    @Test
    void anUpdateSendsLayersInUiOrderWithAnExplicitNullEnd() {
        pagerDuty.enqueueJson(SCHEDULE);
        LayerWrite weekday = new LayerWrite("PLAY001", "Weekday day shift", at("2026-01-05T09:00:00+09:00"),
                JsonNullable.of(at("2026-02-01T00:00:00+09:00")), at("2026-01-05T09:00:00+09:00"), 86400,
                List.of(LayerUser.of("PUSR001"), LayerUser.of("PUSR002")),
                List.of(new RestrictionDto("weekly_restriction", "09:00:00", 32400, 1)));
        LayerWrite weekend = new LayerWrite("PLAY002", "Weekend cover", at("2026-01-10T09:00:00+09:00"),
                JsonNullable.ofNull(), at("2026-01-10T09:00:00+09:00"), 604800, List.of(LayerUser.of("PUSR003")),
                null);

        ScheduleDto updated = pagerDuty.client.schedules().update("PSCH001",
                new ScheduleWrite("Ops Tokyo Day", null, "Asia/Tokyo", List.of(weekday, weekend), null), false);

        RecordedRequest request = pagerDuty.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getUrl().queryParameter("overflow")).isEqualTo("false");
        assertThat(Golden.json(request.getBody().utf8()))
                .isEqualTo(Golden.json(Golden.text("schedule-two-layers/put-request.json")));
        assertThat(updated.layers().get(0).id()).isEqualTo("PLAY001");
    }

    @Test
    void overridesAreCreatedInOneBatchAndCheckedOneByOne() {
        pagerDuty.server.enqueue(new MockResponse.Builder().code(201).body("""
                [{"status":201,"errors":[],"override":{"id":"PO1","start":"2026-03-01T09:00:00+09:00",
                  "end":"2026-03-02T09:00:00+09:00","user":{"id":"PUSR001","type":"user_reference"}}},
                 {"status":400,"errors":"Override must end in the future","override":{
                  "start":"2020-01-01T00:00:00Z","end":"2020-01-02T00:00:00Z",
                  "user":{"id":"PUSR002","type":"user_reference"}}}]""").build());

        List<OverrideResult> results = pagerDuty.client.schedules().createOverrides("PSCH001", List.of(
                OverrideEntry.of(at("2026-03-01T09:00:00+09:00"), at("2026-03-02T09:00:00+09:00"), "PUSR001"),
                OverrideEntry.of(at("2020-01-01T00:00:00Z"), at("2020-01-02T00:00:00Z"), "PUSR002")));

        assertThat(results).extracting(OverrideResult::accepted).containsExactly(true, false);
        assertThat(results.get(1).errors()).containsExactly("Override must end in the future");
        assertThat(Golden.json(pagerDuty.take().getBody().utf8()).at("/overrides/0/user/id").asText())
                .isEqualTo("PUSR001");
    }

    @Test
    void deletingAnOverrideInProgressTruncatesIt() {
        pagerDuty.enqueue(204, "");
        pagerDuty.enqueue(200, "");

        assertThat(pagerDuty.client.schedules().deleteOverride("PSCH001", "PO1"))
                .isEqualTo(SchedulesApi.OverrideRemoval.DELETED);
        assertThat(pagerDuty.client.schedules().deleteOverride("PSCH001", "PO2"))
                .isEqualTo(SchedulesApi.OverrideRemoval.TRUNCATED);
        assertThat(pagerDuty.take().getTarget()).isEqualTo("/schedules/PSCH001/overrides/PO1");
    }

    @Test
    void theListAsksForLayers() {
        pagerDuty.enqueueJson("{\"schedules\":[" + Golden.json(SCHEDULE).get("schedule") + "],\"more\":false}");

        List<ScheduleDto> schedules = pagerDuty.client.schedules().list();

        assertThat(schedules.get(0).layers().get(0).name()).isEqualTo("Weekday day shift");
        assertThat(pagerDuty.take().getUrl().queryParameterValues("include[]")).containsExactly("schedule_layers");
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse(time);
    }
}
