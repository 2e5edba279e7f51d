package io.pdgitops.oncall;

import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The range validation looks at. Validation reads no clock (a revision must give the same report
 * today and next month), so the range starts when every open-ended layer of the schedules involved
 * has started: from then on the schedules run as declared. Layers with an {@code end} are temporary
 * (holiday cover) and do not move the start, unless every layer has one.
 */
public final class Horizon {

    /** Four whole weeks, so every weekly restriction and weekly coverage hour is seen at least four times. */
    public static final Duration COVERAGE = Duration.ofDays(28);
    public static final Duration REACHABILITY = Duration.ofDays(14);

    private Horizon() {
    }

    public static TimeRange of(Collection<Schedule> schedules, Duration length) {
        List<ScheduleLayer> layers = schedules.stream().flatMap(schedule -> schedule.layers().stream()).toList();
        Instant start = latestStart(layers.stream().filter(layer -> layer.end().isEmpty()).toList())
                .or(() -> latestStart(layers))
                .orElse(Instant.EPOCH);
        return new TimeRange(start, start.plus(length));
    }

    private static Optional<Instant> latestStart(List<ScheduleLayer> layers) {
        return layers.stream().map(ScheduleLayer::start).filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant).max(Instant::compareTo);
    }
}
