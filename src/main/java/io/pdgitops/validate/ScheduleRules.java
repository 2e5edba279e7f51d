package io.pdgitops.validate;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.schedule.LayerTimeRange;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Layer rules PagerDuty enforces: turn length, end after start, whole-minute times, restriction lengths. */
final class ScheduleRules {

    static final Duration MIN_TURN = Duration.ofHours(1);
    static final Duration MAX_TURN = Duration.ofDays(365);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private ScheduleRules() {
    }

    static void check(List<Schedule> schedules, List<Violation> violations) {
        for (Schedule schedule : schedules) {
            for (int l = 0; l < schedule.layers().size(); l++) {
                checkLayer(schedule, l, violations);
            }
        }
    }

    private static void checkLayer(Schedule schedule, int l, List<Violation> violations) {
        ScheduleLayer layer = schedule.layers().get(l);
        String layerPath = FieldPath.of("layers", l);
        Duration turn = layer.rotationTurnLength();
        if (turn != null && (turn.compareTo(MIN_TURN) < 0 || turn.compareTo(MAX_TURN) > 0)) {
            violations.add(error(ViolationCode.ROTATION_LENGTH_OUT_OF_RANGE, schedule, layerPath + "/rotation_turn_length",
                    "`layers[" + l + "].rotation_turn_length` must be between 1h and 365d, not " + turn.getSeconds() + "s"));
        }
        if (layer.start() != null && layer.end().isPresent() && !layer.end().get().isAfter(layer.start())) {
            violations.add(error(ViolationCode.LAYER_ENDS_BEFORE_START, schedule, layerPath + "/end",
                    "`layers[" + l + "].end` (" + layer.end().get() + ") must be after start (" + layer.start() + ")"));
        }
        checkInRange(schedule, layerPath, "start", layer.start(), violations);
        checkInRange(schedule, layerPath, "rotation_virtual_start", layer.rotationVirtualStart(), violations);
        layer.end().ifPresent(end -> checkInRange(schedule, layerPath, "end", end, violations));
        checkWholeMinute(schedule, layerPath, "rotation_virtual_start", layer.rotationVirtualStart(), violations);
        layer.end().ifPresent(end -> checkWholeMinute(schedule, layerPath, "end", end, violations));
        for (int r = 0; r < layer.restrictions().size(); r++) {
            LayerRestriction restriction = layer.restrictions().get(r);
            Duration limit = restriction.type() == LayerRestriction.Type.DAILY ? DAY : WEEK;
            Duration duration = restriction.duration();
            if (duration != null && (duration.isZero() || duration.compareTo(limit) >= 0)) {
                String path = layerPath + "/restrictions/" + r + "/duration";
                violations.add(error(ViolationCode.INVALID_RESTRICTION_DURATION, schedule, path,
                        "`" + DisplayPath.of(path) + "` of a " + restriction.type().name().toLowerCase(Locale.ROOT)
                                + " restriction must be more than 0 and less than " + (limit.equals(DAY) ? "24h" : "7d")));
            }
        }
    }

    /**
     * PagerDuty zeroes the seconds of {@code rotation_virtual_start} and {@code end} and answers the next
     * update with an error, so a value off the minute fails here rather than in apply. {@code start} may
     * carry seconds: PagerDuty rewrites it anyway. A left-out virtual start takes {@code start}'s value,
     * so seconds on {@code start} are reported at the virtual start they end up in.
     */
    private static void checkWholeMinute(Schedule schedule, String layerPath, String field, OffsetDateTime value,
            List<Violation> violations) {
        if (value == null || (value.getSecond() == 0 && value.getNano() == 0)) {
            return;
        }
        String path = layerPath + "/" + field;
        violations.add(error(ViolationCode.LAYER_TIME_HAS_SECONDS, schedule, path,
                "`" + DisplayPath.of(path) + "` (" + value + ") must be on a whole minute: PagerDuty accepts no seconds there"));
    }

    /**
     * A time outside the range the renderer, and so the sandbox, accepts would fail only in apply (PagerDuty
     * documents no range; see {@link LayerTimeRange}). A left-out virtual start takes {@code start}'s value and is
     * reported at {@code start} only, once.
     */
    private static void checkInRange(Schedule schedule, String layerPath, String field, OffsetDateTime value,
            List<Violation> violations) {
        if (value == null || LayerTimeRange.contains(value.toInstant())) {
            return;
        }
        String path = layerPath + "/" + field;
        if (field.equals("rotation_virtual_start") && !schedule.origin().fields().containsKey(path)) {
            return;
        }
        violations.add(error(ViolationCode.LAYER_TIME_OUT_OF_RANGE, schedule, path,
                "`" + DisplayPath.of(path) + "` (" + value + ") is outside " + LayerTimeRange.DESCRIPTION
                        + ", where schedules can be rendered"));
    }

    private static Violation error(ViolationCode code, Schedule schedule, String path, String message) {
        return Violation.error(code, schedule.origin().locationOf(path), message);
    }
}
