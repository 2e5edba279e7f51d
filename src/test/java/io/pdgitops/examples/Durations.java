package io.pdgitops.examples;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the configuration's durations: "30s", "30m", "4h", "1d", combinations like "1h30m", or whole seconds. */
final class Durations {

    private static final Pattern WHOLE = Pattern.compile("(\\d+[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    private Durations() {}

    static long seconds(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (!(value instanceof String text) || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a duration: " + value);
        }
        long total = 0;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            total += Long.parseLong(part.group(1)) * unitSeconds(part.group(2).charAt(0));
        }
        return total;
    }

    private static long unitSeconds(char unit) {
        return switch (unit) {
            case 'd' -> 86_400;
            case 'h' -> 3_600;
            case 'm' -> 60;
            default -> 1;
        };
    }
}
