package io.pdgitops.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** PagerDuty's timestamps: whole seconds, written with the offset of the zone being shown ({@code Z} for UTC). */
final class Timestamps {

    /** Without since and until, and as the other edge when only one is given. */
    static final Duration DEFAULT_SPAN = Duration.ofDays(14);

    private Timestamps() {
    }

    static String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /** A stored instant (or null) rewritten in {@code zone}. */
    static String reformat(String stored, ZoneId zone) {
        return stored == null ? null : format(Instant.parse(stored), zone);
    }

    static boolean wholeMinute(Instant instant) {
        return instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0;
    }
}
