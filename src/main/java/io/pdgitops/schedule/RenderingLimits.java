package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Refuses input that PagerDuty refuses too or that would make rendering absurdly slow, with an
 * {@link IllegalArgumentException} that names the layer, restriction or override at fault.
 */
final class RenderingLimits {

    static final Duration MIN_TURN = Duration.ofHours(1);
    static final Duration MAX_TURN = Duration.ofSeconds(31_536_000);
    static final Duration MAX_WINDOW = Duration.ofDays(5 * 366);
    static final Duration DAY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);

    private RenderingLimits() {
    }

    static void check(ScheduleDefinition schedule, Window window) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(window, "window");
        require(schedule.timeZone() != null, "the schedule has no time zone");
        checkWindow(window);
        for (int i = 0; i < schedule.layers().size(); i++) {
            checkLayer(schedule.layers().get(i), i + 1);
        }
        for (int i = 0; i < schedule.overrides().size(); i++) {
            checkOverride(schedule.overrides().get(i), i + 1);
        }
    }

    private static void checkWindow(Window window) {
        require(window.since() != null && window.until() != null, "the window needs both since and until");
        require(!window.until().isBefore(window.since()),
                "the window ends (" + window.until() + ") before it starts (" + window.since() + ")");
        requireSupported(window.since(), "the window's since");
        requireSupported(window.until(), "the window's until");
        require(Duration.between(window.since(), window.until()).compareTo(MAX_WINDOW) <= 0,
                "the window from " + window.since() + " to " + window.until() + " is longer than "
                        + MAX_WINDOW.toDays() + " days");
    }

    private static void checkLayer(Layer layer, int position) {
        String name = "layer " + position + (layer.name() == null ? "" : " '" + layer.name() + "'");
        require(layer.start() != null, name + " has no start");
        require(layer.rotationVirtualStart() != null, name + " has no rotation virtual start");
        require(layer.turnLength() != null, name + " has no rotation turn length");
        requireSupported(layer.start(), name + "'s start");
        requireSupported(layer.rotationVirtualStart(), name + "'s rotation virtual start");
        require(layer.turnLength().compareTo(MIN_TURN) >= 0,
                name + ": rotation turn length of " + layer.turnLength().getSeconds()
                        + " s is shorter than the minimum of 3600 s (1 h)");
        require(layer.turnLength().compareTo(MAX_TURN) <= 0,
                name + ": rotation turn length of " + layer.turnLength().getSeconds()
                        + " s is longer than the maximum of 31536000 s (365 days)");
        require(!layer.users().isEmpty(), name + " has no users");
        require(layer.users().stream().allMatch(Objects::nonNull), name + " has a missing user");
        for (int r = 0; r < layer.restrictions().size(); r++) {
            checkRestriction(layer.restrictions().get(r), name + ", restriction " + (r + 1));
        }
    }

    private static void checkRestriction(Restriction restriction, String name) {
        require(restriction.kind() != null, name + " has no type");
        require(restriction.startTimeOfDay() != null, name + " has no start time of day");
        Duration duration = restriction.duration();
        require(duration != null && !duration.isNegative() && !duration.isZero(), name + " needs a positive duration");
        boolean daily = restriction.kind() == Restriction.Kind.DAILY;
        Duration limit = daily ? DAY : WEEK;
        require(duration.compareTo(limit) < 0,
                name + ": a " + (daily ? "daily" : "weekly") + " restriction must last less than "
                        + limit.getSeconds() + " s, got " + duration.getSeconds() + " s");
        require(daily || restriction.startDayOfWeek() != null,
                name + ": a weekly restriction needs a start day of week");
    }

    private static void checkOverride(ScheduleOverride override, int position) {
        String name = "override " + position + (override.user() == null ? "" : " for '" + override.user() + "'");
        require(override.user() != null, name + " has no user");
        require(override.start() != null && override.end() != null, name + " needs a start and an end");
        require(override.end().isAfter(override.start()),
                name + " ends (" + override.end() + ") no later than it starts (" + override.start() + ")");
    }

    /** Keeps date arithmetic far from the limits of {@code LocalDateTime} and of {@code long} seconds. */
    private static void requireSupported(Instant instant, String what) {
        require(LayerTimeRange.contains(instant), what + " (" + instant + ") is outside " + LayerTimeRange.DESCRIPTION);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
