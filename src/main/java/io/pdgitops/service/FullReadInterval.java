package io.pdgitops.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How long a sync may reuse what an earlier sync read of PagerDuty (team members and their roles) before it reads
 * everything again: the drift interval, so that an edit made in PagerDuty's web UI is caught by the next sync
 * after at most one drift check. With drift checks off, {@link #WHEN_DRIFT_IS_OFF}.
 */
public final class FullReadInterval {

    public static final Duration WHEN_DRIFT_IS_OFF = Duration.ofMinutes(5);

    private FullReadInterval() {
    }

    /**
     * @param driftInterval as configured: {@code off}, a number with a unit {@code s}, {@code m}, {@code h} or
     *     {@code d} ({@code 90s}, {@code 5m}), or an ISO-8601 duration ({@code PT5M})
     */
    public static Duration of(String driftInterval) {
        String value = driftInterval.trim().toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return WHEN_DRIFT_IS_OFF;
        }
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(Long.parseLong(value));
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("pd-gitops.drift-interval: not a duration: '" + driftInterval + "'", e);
        }
    }
}
