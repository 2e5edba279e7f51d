package io.pdgitops.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A time given on the command line: a date, a local date-time, or a date-time with an offset. */
final class TimeArgument {

    private TimeArgument() {
    }

    /**
     * @param zone how to read a date (its midnight) or a date-time without an offset
     * @throws IllegalArgumentException naming the option when the text is none of the three forms
     */
    static Instant parse(String option, String text, ZoneId zone) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + ": `" + text + "` is not a date (2026-01-05), a local date-time "
                    + "(2026-01-05T09:00) or a date-time with an offset (2026-01-05T09:00+09:00)");
        }
    }
}
