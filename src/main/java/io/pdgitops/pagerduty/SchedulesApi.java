package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.OverrideResult;
import io.pdgitops.pagerduty.dto.Schedule;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code /schedules}. Layers are always in UI order, Layer 1 first, both in what this returns and in what it takes
 * ({@link LayerOrder} converts). Layers cannot be deleted: end them with an update.
 */
public final class SchedulesApi {

    private static final ApiPath LIST = ApiPath.of("/schedules");

    /** What happened to an override on delete. */
    public enum OverrideRemoval {
        /** It had not started and is gone. */
        DELETED,
        /** It was in progress and now ends at the time of the delete. */
        TRUNCATED
    }

    private final Entities entities;

    SchedulesApi(Entities entities) {
        this.entities = entities;
    }

    /** Every schedule with its layers (but no rendered entries: the list never renders). */
    public List<Schedule> list() {
        return entities.getAll(LIST, Query.of("include[]", "schedule_layers"), "schedules", Schedule.class,
                Schedule::id).stream().map(LayerOrder::fromRead).toList();
    }

    public List<Schedule> findByName(String name) {
        return entities.findByName(LIST, "schedules", Schedule.class, Schedule::id, Schedule::name, name).stream()
                .map(LayerOrder::fromRead).toList();
    }

    public Schedule get(String id) {
        return LayerOrder.fromRead(entities.get(one(id), Query.none(), "schedule", Schedule.class));
    }

    /** With {@code final_schedule}, {@code overrides_subschedule} and each layer's entries rendered for the window. */
    public Schedule get(String id, RenderWindow window) {
        return LayerOrder.fromRead(entities.get(one(id), window.toQuery(), "schedule", Schedule.class));
    }

    /** @param overflow whether PagerDuty's answer renders entries whole rather than cut at the window */
    public Schedule create(ScheduleWrite schedule, boolean overflow) {
        return LayerOrder.fromRead(entities.create(LIST, Query.of("overflow", overflow), "schedule", wire(schedule),
                Schedule.class));
    }

    public Schedule update(String id, ScheduleWrite changes, boolean overflow) {
        return LayerOrder.fromRead(entities.update(one(id), Query.of("overflow", overflow), "schedule",
                wire(changes), Schedule.class));
    }

    /** Fails (400) while an escalation policy uses the schedule. */
    public void delete(String id) {
        entities.delete(one(id), Query.none());
    }

    public List<OverrideEntry> overrides(String scheduleId, OffsetDateTime since, OffsetDateTime until) {
        return entities.getList(ApiPath.of("/schedules/{id}/overrides", scheduleId),
                Query.of("since", since).with("until", until), "overrides", OverrideEntry.class);
    }

    /** PagerDuty answers 201 even when it rejected some: check {@link OverrideResult#accepted()} of each. */
    public List<OverrideResult> createOverrides(String scheduleId, List<OverrideEntry> overrides) {
        ApiPath path = ApiPath.of("/schedules/{id}/overrides", scheduleId);
        return entities.list(entities.post(path, Map.of("overrides", overrides)).body(), OverrideResult.class,
                "POST", path);
    }

    public OverrideRemoval deleteOverride(String scheduleId, String overrideId) {
        Reply reply = entities.delete(ApiPath.of("/schedules/{id}/overrides/{override_id}", scheduleId, overrideId),
                Query.none());
        return reply.status() == 200 ? OverrideRemoval.TRUNCATED : OverrideRemoval.DELETED;
    }

    private static ScheduleWrite wire(ScheduleWrite schedule) {
        if (schedule.layers() == null) {
            return schedule;
        }
        return new ScheduleWrite(schedule.name(), schedule.description(), schedule.timeZone(),
                LayerOrder.forWrite(schedule.layers()), schedule.teams());
    }

    private static ApiPath one(String id) {
        return ApiPath.of("/schedules/{id}", id);
    }
}
