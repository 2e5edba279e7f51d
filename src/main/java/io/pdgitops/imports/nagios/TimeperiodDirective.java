package io.pdgitops.imports.nagios;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One day, date or date-range line of a time period, split as Nagios reads it: the day part ({@code monday},
 * {@code monday -1 may}, {@code 2026-12-24 - 2027-01-02 / 2}, {@code day 15}) and the time ranges after it
 * ({@code 00:00-09:00,17:00-24:00}); a date with no time ranges excludes the whole day.
 */
record TimeperiodDirective(String day, String ranges) {

    /** Time ranges end the line: {@code HH:MM-HH:MM} items separated by commas. */
    private static final Pattern RANGES = Pattern.compile(
            "\\s+(\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2}(?:\\s*,\\s*\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2})*)\\s*$");

    static TimeperiodDirective of(String text) {
        String line = text.strip();
        Matcher ranges = RANGES.matcher(line);
        if (ranges.find()) {
            return new TimeperiodDirective(normalise(line.substring(0, ranges.start())),
                    ranges.group(1).replaceAll("\\s+", ""));
        }
        return new TimeperiodDirective(normalise(line), "");
    }

    /** Whether this is a weekday line ({@code monday 09:00-17:00}) rather than a date exception. */
    boolean weekday() {
        return switch (day) {
            case "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" -> true;
            default -> false;
        };
    }

    private static String normalise(String day) {
        return day.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
