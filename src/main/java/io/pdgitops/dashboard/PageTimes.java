package io.pdgitops.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write instants: short, with the zone's abbreviation, the way an operator reads a roster. */
final class PageTimes {

    private static final DateTimeFormatter SHIFT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private PageTimes() {
    }

    /** "Tue 8 Dec 20:30" in the zone. */
    static String shift(Instant instant, ZoneId zone) {
        return SHIFT.format(instant.atZone(zone));
    }

    /** "Tue 8 Dec 20:30 - Wed 9 Dec 08:30 JST", the end's date left out when it is the start's. */
    static String range(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(to) : SHIFT.format(to);
        return SHIFT.format(from) + " - " + until + " " + ZONE.format(to);
    }

    /** A full timestamp in UTC, or an empty string. */
    static String stamp(Instant instant) {
        return instant == null ? "" : STAMP.format(instant.atZone(ZoneId.of("UTC")));
    }

    /** ISO 8601 for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** "2 h 30 min", "45 s". */
    static String length(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
