package io.pdgitops.oncall.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How previews write instants and lengths for people: local time with its offset, lengths in hours. */
final class PreviewTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mmxxx", Locale.ROOT);

    private PreviewTimes() {
    }

    /** {@code Mon 2026-01-05 09:00+09:00}: the offset tells the two 01:30s of a fall-back night apart. */
    static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    /** {@code 9h}, {@code 25h}, {@code 1h30m}, {@code 0h}; negative lengths get a minus sign. */
    static String hours(Duration length) {
        String sign = length.isNegative() ? "-" : "";
        Duration positive = length.abs();
        long hours = positive.toHours();
        int minutes = positive.toMinutesPart();
        return sign + hours + "h" + (minutes == 0 ? "" : minutes + "m");
    }

    static String hours(Instant start, Instant end) {
        return hours(Duration.between(start, end));
    }
}
