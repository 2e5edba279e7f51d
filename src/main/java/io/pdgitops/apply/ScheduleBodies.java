package io.pdgitops.apply;

import io.pdgitops.diff.Pairing;
import io.pdgitops.live.ServiceJson;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.pagerduty.dto.JsonNullable;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.RestrictionDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declared schedule as PagerDuty's create and update body. Layers are paired with PagerDuty's running layers as
 * the diff pairs them ({@link Pairing}: by name, else by position) and keep their ids (so PagerDuty keeps
 * their history); running layers that no declared layer takes are sent with {@code end} = now, because PagerDuty
 * cannot delete a layer, only end it.
 */
final class ScheduleBodies {

    private ScheduleBodies() {
    }

    /** @param running PagerDuty's running layers, Layer 1 first; empty for a create */
    static ScheduleWrite of(Schedule schedule, List<io.pdgitops.pagerduty.dto.ScheduleLayerDto> running,
            OffsetDateTime now, IdRegistry ids) {
        Pairing pairing = Pairing.of(schedule.layers().stream().map(ScheduleLayer::name).toList(),
                schedule.layers().stream().map(layer -> layer.end().map(end -> end.isAfter(now)).orElse(true)).toList(),
                running.stream().map(layer -> Optional.ofNullable(layer.name())).toList());
        List<LayerWrite> layers = new ArrayList<>();
        for (int i = 0; i < schedule.layers().size(); i++) {
            String id = pairing.liveOf(i, running).map(io.pdgitops.pagerduty.dto.ScheduleLayerDto::id).orElse(null);
            layers.add(layer(schedule.layers().get(i), id, ids));
        }
        for (int index : pairing.unpaired()) {
            layers.add(ended(running.get(index), now));
        }
        return new ScheduleWrite(schedule.name(), schedule.description().orElse(null), schedule.timeZone().getId(),
                layers, schedule.teams().map(teams -> TeamBodies.references(teams, ids)).orElse(null));
    }

    /** A layer without a declared end must never end: an explicit null clears an end set in the UI. */
    private static LayerWrite layer(ScheduleLayer layer, String id, IdRegistry ids) {
        JsonNullable<OffsetDateTime> end = layer.end().map(JsonNullable::of)
                .orElse(id == null ? null : JsonNullable.ofNull());
        List<LayerUser> users = layer.users().stream().map(email -> LayerUser.of(ids.userId(email))).toList();
        List<RestrictionDto> restrictions = layer.restrictions().stream().map(ScheduleBodies::restriction).toList();
        return new LayerWrite(id, layer.name().orElse(null), layer.start(), end, layer.rotationVirtualStart(),
                (int) layer.rotationTurnLength().toSeconds(), users, restrictions);
    }

    /**
     * PagerDuty takes ends in whole minutes only, after the start: the layer ends at the start of the current
     * minute, and a start at or after that (a layer not begun yet, or one whose past start PagerDuty moved to the
     * last write) moves a minute before it, so that the layer never runs again.
     */
    private static LayerWrite ended(io.pdgitops.pagerduty.dto.ScheduleLayerDto layer, OffsetDateTime now) {
        OffsetDateTime end = now.truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime start = layer.start().isBefore(end) ? layer.start() : end.minusMinutes(1);
        return new LayerWrite(layer.id(), layer.name(), start, JsonNullable.of(end),
                layer.rotationVirtualStart(), layer.rotationTurnLengthSeconds(), layer.users(), layer.restrictions());
    }

    private static RestrictionDto restriction(LayerRestriction restriction) {
        boolean weekly = restriction.type() == LayerRestriction.Type.WEEKLY;
        return new RestrictionDto(weekly ? "weekly_restriction" : "daily_restriction",
                ServiceJson.clock(restriction.startTimeOfDay()), (int) restriction.duration().toSeconds(),
                restriction.startDayOfWeek().map(day -> day.getValue()).orElse(null));
    }
}
