package io.pdgitops.pagerduty;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the connection from environment variables, so that the token never has to appear on a command line. The
 * names match what Quarkus maps to {@code pagerduty.*} properties ({@code PAGERDUTY_REQUESTS_PER_MINUTE} is
 * {@code pagerduty.requests-per-minute}).
 */
public final class PagerDutyEnvironment {

    public static final String TOKEN = "PAGERDUTY_TOKEN";
    public static final String REGION = "PAGERDUTY_REGION";
    public static final String URL = "PAGERDUTY_URL";
    public static final String FROM = "PAGERDUTY_FROM";
    public static final String REQUESTS_PER_MINUTE = "PAGERDUTY_REQUESTS_PER_MINUTE";
    public static final String MAX_RETRIES = "PAGERDUTY_MAX_RETRIES";

    private PagerDutyEnvironment() {
    }

    /** Empty when no token is set: the caller decides whether that means the sandbox or an error. */
    public static Optional<PagerDutyClientConfig> read(Map<String, String> environment) {
        String token = value(environment, TOKEN);
        if (token == null) {
            return Optional.empty();
        }
        PagerDutyClientConfig.Builder config = PagerDutyClientConfig.builder(token).region(region(environment));
        String url = value(environment, URL);
        if (url != null) {
            config.baseUrl(url);
        }
        config.fromEmail(value(environment, FROM));
        integer(environment, REQUESTS_PER_MINUTE).ifPresent(config::requestsPerMinute);
        integer(environment, MAX_RETRIES).ifPresent(config::maxRetries);
        return Optional.of(config.build());
    }

    private static PagerDutyRegion region(Map<String, String> environment) {
        String region = value(environment, REGION);
        if (region == null) {
            return PagerDutyRegion.US;
        }
        try {
            return PagerDutyRegion.valueOf(region.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REGION + " must be us or eu, was \"" + region + "\"");
        }
    }

    private static Optional<Integer> integer(Map<String, String> environment, String name) {
        String text = value(environment, name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was \"" + text + "\"");
        }
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
