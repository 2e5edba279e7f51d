package io.pdgitops.write;

import io.pdgitops.model.Durations;
import io.pdgitops.model.Timeout;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The YAML spellings of the format's value types, the inverse of what the loader accepts. */
final class YamlValues {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private YamlValues() {
    }

    static String duration(Duration duration) {
        return Durations.format(duration);
    }

    /** {@code null} in YAML disables a timeout. */
    static String timeout(Timeout timeout) {
        return timeout.after().map(YamlValues::duration).orElse(null);
    }

    static String dateTime(OffsetDateTime dateTime) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }

    static String timeOfDay(LocalTime time) {
        return (time.getSecond() == 0 && time.getNano() == 0 ? HOURS_MINUTES : WITH_SECONDS).format(time);
    }

    static String day(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
