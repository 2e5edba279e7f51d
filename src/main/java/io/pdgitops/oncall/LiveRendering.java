package io.pdgitops.oncall;

import io.pdgitops.schedule.Entry;
import java.util.List;

/**
 * PagerDuty's own rendering of one schedule over a range ({@code GET /schedules/{id}?since&until}), users as
 * emails: who it pages ({@code final_schedule}) and the overrides alone ({@code overrides_subschedule}).
 */
public record LiveRendering(String schedule, List<Entry> finalSchedule, List<Entry> overrides) {

    public LiveRendering {
        finalSchedule = List.copyOf(finalSchedule);
        overrides = List.copyOf(overrides);
    }
}
