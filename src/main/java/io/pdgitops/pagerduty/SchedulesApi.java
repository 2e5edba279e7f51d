package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.OverrideResult;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code /schedules} and their overrides. Layers are always in UI order, Layer 1 first, both in what this returns
 * and in what it takes ({@link LayerOrder} converts). Layers cannot be deleted: end them with an update. The list
 * has layers but never rendered entries; a delete fails (400) while an escalation policy uses the schedule.
 */
public final class SchedulesApi extends NamedResourceApi<ScheduleDto, ScheduleWrite> {

    /** What happened to an override on delete. */
    public enum OverrideRemoval {
        /** It had not started and is gone. */
        DELETED,
        /** It was in progress and now ends at the time of the delete. */
        TRUNCATED
    }

    SchedulesApi(Entities entities) {
        super(entities, new Kind<>("/schedules", "schedule", "schedules", ScheduleDto.class, ScheduleDto::id,
                ScheduleDto::name, Query.of("include[]", "schedule_layers"), Query.none()));
    }

    /** With {@code final_schedule}, {@code overrides_subschedule} and each layer's entries rendered for the window. */
    public ScheduleDto get(String id, RenderWindow window) {
        return get(id, window.toQuery());
    }

    /** @param overflow whether the returned rendering shows entries whole rather than cut at the window */
    public ScheduleDto create(ScheduleWrite schedule, boolean overflow) {
        return create(schedule, Query.of("overflow", overflow));
    }

    public ScheduleDto update(String id, ScheduleWrite changes, boolean overflow) {
        return update(id, changes, Query.of("overflow", overflow));
    }

    public List<OverrideEntry> overrides(String scheduleId, OffsetDateTime since, OffsetDateTime until) {
        return entities.getList(overridesOf(scheduleId), Query.of("since", since).with("until", until), "overrides",
                OverrideEntry.class);
    }

    /** PagerDuty answers 201 even when it rejected some: check {@link OverrideResult#accepted()} of each. */
    public List<OverrideResult> createOverrides(String scheduleId, List<OverrideEntry> overrides) {
        ApiPath path = overridesOf(scheduleId);
        return entities.list(entities.post(path, Map.of("overrides", overrides)).body(), OverrideResult.class,
                "POST", path);
    }

    public OverrideRemoval deleteOverride(String scheduleId, String overrideId) {
        Reply reply = entities.delete(ApiPath.of("/schedules/{id}/overrides/{override_id}", scheduleId, overrideId),
                Query.none());
        return reply.status() == 200 ? OverrideRemoval.TRUNCATED : OverrideRemoval.DELETED;
    }

    @Override
    ScheduleDto fromWire(ScheduleDto read) {
        return LayerOrder.fromRead(read);
    }

    @Override
    ScheduleWrite toWire(ScheduleWrite write) {
        if (write.layers() == null) {
            return write;
        }
        return new ScheduleWrite(write.name(), write.description(), write.timeZone(),
                LayerOrder.forWrite(write.layers()), write.teams());
    }

    private static ApiPath overridesOf(String scheduleId) {
        return ApiPath.of("/schedules/{id}/overrides", scheduleId);
    }
}
