package io.pdgitops.live;

import io.pdgitops.oncall.LiveRendering;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.RenderedEntry;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.SubSchedule;
import io.pdgitops.schedule.Entry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads how PagerDuty itself renders a schedule over a range: one {@code GET /schedules/{id}?since&until} per
 * schedule, users turned back into emails (a user the account does not list stays as its id, so it shows).
 */
public final class LiveRenderings {

    private final PagerDutyClient client;
    private final Map<String, String> emailsById = new HashMap<>();

    /** @param account gives the emails of the users PagerDuty names by id */
    public LiveRenderings(PagerDutyClient client, LiveAccount account) {
        this.client = client;
        account.userIds().forEach((email, id) -> emailsById.put(id, email));
    }

    public LiveRendering read(String scheduleId, String scheduleName, TimeRange range) {
        ScheduleDto rendered = client.schedules().get(scheduleId, RenderWindow.of(
                OffsetDateTime.ofInstant(range.start(), ZoneOffset.UTC), OffsetDateTime.ofInstant(range.end(), ZoneOffset.UTC)));
        return new LiveRendering(scheduleName, entries(rendered.finalSchedule()), entries(rendered.overridesSubschedule()));
    }

    private List<Entry> entries(SubSchedule track) {
        if (track == null || track.renderedScheduleEntries() == null) {
            return List.of();
        }
        return track.renderedScheduleEntries().stream()
                .filter(entry -> entry.user() != null)
                .map(this::entry)
                .toList();
    }

    private Entry entry(RenderedEntry entry) {
        return new Entry(emailsById.getOrDefault(entry.user().id(), entry.user().id()), entry.start().toInstant(),
                entry.end().toInstant());
    }
}
