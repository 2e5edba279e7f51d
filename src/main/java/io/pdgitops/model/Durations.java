package io.pdgitops.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the YAML duration form: {@code 30s}, {@code 4h}, {@code 1d}, {@code 1h30m}, or whole seconds. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("([0-9]+)([dhms])");
    private static final Pattern WHOLE = Pattern.compile("([0-9]+[dhms])+");

    private Durations() {
    }

    /** Empty when the text is not a duration or is too large to represent. */
    public static Optional<Duration> parse(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            long seconds = 0;
            Matcher part = PART.matcher(text);
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                seconds = Math.addExact(seconds, Math.multiplyExact(amount, unitSeconds(part.group(2).charAt(0))));
            }
            return Optional.of(Duration.ofSeconds(seconds));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The shortest YAML spelling of a duration, like {@code 1h30m}; used when showing values back. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long[] sizes = {86_400, 3_600, 60, 1};
        char[] units = {'d', 'h', 'm', 's'};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                out.append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return out.toString();
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
