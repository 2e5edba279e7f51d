package io.pdgitops.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random schedules, windows and choices from a seed, for property tests: zones with daylight saving
 * changes (including Lord Howe's 30-minute one), turn lengths of whole days and not, duplicate users,
 * layers that start and end anywhere, restrictions of every shape and overlapping overrides.
 */
final class RandomSchedules {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"),
            ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"));
    private static final List<Duration> TURNS = List.of(
            Duration.ofHours(1), Duration.ofMinutes(90), Duration.ofHours(8), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofHours(25), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14));
    private static final List<String> USERS = List.of("A", "B", "C", "D", "E");
    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
    private static final long QUARTER_HOUR = 900;
    private static final long DAY = 86_400;

    private final Random random;

    RandomSchedules(long seed) {
        this.random = new Random(seed);
    }

    Window window() {
        Instant since = BASE.plusSeconds(quarterHours(0, 365 * DAY));
        long length = random.nextInt(10) == 0 ? 0 : quarterHours(QUARTER_HOUR, 40 * DAY);
        return new Window(since, since.plusSeconds(length), random.nextInt(10) < 3);
    }

    ScheduleDefinition schedule(Window window) {
        List<Layer> layers = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            layers.add(layer(window, "L" + (layers.size() + 1)));
        }
        List<ScheduleOverride> overrides = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            Instant start = window.since().plusSeconds(quarterHours(-5 * DAY, 45 * DAY));
            overrides.add(new ScheduleOverride(
                    "O" + pick(USERS), start, start.plusSeconds(quarterHours(QUARTER_HOUR, 5 * DAY)), random.nextInt(6)));
        }
        return new ScheduleDefinition(pick(ZONES), layers, overrides);
    }

    RenderingChoices choices() {
        return RenderingChoices.DEFAULTS
                .withWholeDayTurns(pick(List.of(HandoffModel.values())))
                .withRestrictionEnd(pick(List.of(RestrictionEnd.values())))
                .withMergeLayerEntries(random.nextBoolean());
    }

    private Layer layer(Window window, String name) {
        Instant start = window.since().plusSeconds(quarterHours(-30 * DAY, 20 * DAY));
        Instant end = random.nextInt(10) < 6 ? null : start.plusSeconds(quarterHours(3600, 40 * DAY));
        List<String> users = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            users.add(pick(USERS));
        }
        List<Restriction> restrictions = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            restrictions.add(restriction());
        }
        return new Layer(name, start, end, window.since().plusSeconds(quarterHours(-60 * DAY, 60 * DAY)),
                pick(TURNS), users, restrictions);
    }

    private Restriction restriction() {
        LocalTime start = LocalTime.ofSecondOfDay(quarterHours(0, DAY - QUARTER_HOUR));
        if (random.nextBoolean()) {
            return Restriction.daily(start, Duration.ofSeconds(quarterHours(QUARTER_HOUR, DAY - QUARTER_HOUR)));
        }
        return Restriction.weekly(DayOfWeek.of(1 + random.nextInt(7)), start,
                Duration.ofSeconds(quarterHours(QUARTER_HOUR, 7 * DAY - QUARTER_HOUR)));
    }

    /** A multiple of 15 minutes in {@code [from, to]} seconds. */
    private long quarterHours(long from, long to) {
        long steps = (to - from) / QUARTER_HOUR;
        return from + QUARTER_HOUR * (long) (random.nextDouble() * (steps + 1));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
