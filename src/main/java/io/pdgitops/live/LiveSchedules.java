package io.pdgitops.live;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.pagerduty.dto.LayerUser;
import io.pdgitops.pagerduty.dto.RestrictionDto;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A PagerDuty schedule in the model: layers Layer 1 first (the client already turned them around), ended ones gone. */
public final class LiveSchedules {

    private LiveSchedules() {
    }

    /** The layers that have not ended by {@code now}: PagerDuty keeps ended ones, but they are history. */
    public static List<io.pdgitops.pagerduty.dto.ScheduleLayerDto> current(io.pdgitops.pagerduty.dto.ScheduleDto schedule,
            Instant now) {
        List<io.pdgitops.pagerduty.dto.ScheduleLayerDto> layers = schedule.layers() == null ? List.of() : schedule.layers();
        return layers.stream().filter(layer -> layer.end() == null || layer.end().toInstant().isAfter(now)).toList();
    }

    static Schedule schedule(io.pdgitops.pagerduty.dto.ScheduleDto schedule, NameBook names, Instant now) {
        List<ScheduleLayer> layers = current(schedule, now).stream().map(layer -> layer(layer, names)).toList();
        Optional<List<String>> teams = Optional.of(names.teamNames(schedule.teams()));
        return new Schedule(schedule.name(), NameBook.description(schedule.description()),
                ZoneId.of(schedule.timeZone()), teams, layers, NameBook.PAGERDUTY);
    }

    private static ScheduleLayer layer(io.pdgitops.pagerduty.dto.ScheduleLayerDto layer, NameBook names) {
        List<String> users = layer.users() == null ? List.of()
                : layer.users().stream().map(LayerUser::user).map(names::user).toList();
        List<LayerRestriction> restrictions = layer.restrictions() == null ? List.of()
                : layer.restrictions().stream().map(LiveSchedules::restriction).toList();
        int turn = layer.rotationTurnLengthSeconds() == null ? 0 : layer.rotationTurnLengthSeconds();
        return new ScheduleLayer(Optional.ofNullable(layer.name()), layer.start(), Optional.ofNullable(layer.end()),
                layer.rotationVirtualStart() == null ? layer.start() : layer.rotationVirtualStart(),
                Duration.ofSeconds(turn), users, restrictions);
    }

    private static LayerRestriction restriction(RestrictionDto restriction) {
        boolean weekly = "weekly_restriction".equals(restriction.type());
        Optional<DayOfWeek> day = weekly && restriction.startDayOfWeek() != null
                ? Optional.of(DayOfWeek.of(restriction.startDayOfWeek()))
                : Optional.empty();
        int seconds = restriction.durationSeconds() == null ? 0 : restriction.durationSeconds();
        return new LayerRestriction(weekly ? LayerRestriction.Type.WEEKLY : LayerRestriction.Type.DAILY, day,
                LocalTime.parse(restriction.startTimeOfDay()), Duration.ofSeconds(seconds));
    }
}
