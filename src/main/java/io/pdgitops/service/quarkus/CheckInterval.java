package io.pdgitops.service.quarkus;

import io.pdgitops.model.Durations;
import java.time.DateTimeException;
import java.time.Duration;

/** A scheduler interval as the settings spell it ({@code 5m}, {@code PT5M}, {@code off}). */
public final class CheckInterval {

    private CheckInterval() {
    }

    /** The interval; zero when the periodic job is off ({@code off}, {@code disabled}) or unreadable. */
    public static Duration parse(String text) {
        String value = text.strip();
        if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("disabled")) {
            return Duration.ZERO;
        }
        return Durations.parse(value).orElseGet(() -> {
            try {
                return Duration.parse(value.startsWith("P") ? value : "PT" + value);
            } catch (DateTimeException e) {
                return Duration.ZERO;
            }
        });
    }
}
