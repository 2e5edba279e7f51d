package io.pdgitops.http.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How long the server asked us to wait, from its headers. {@code Retry-After} (RFC 9110: seconds or an HTTP date)
 * is this client's own instruction and is followed as given; {@code ratelimit-reset} (PagerDuty, seconds until the
 * shared window resets) is when every waiting client comes back, so it is marked for jitter.
 */
record ServerWait(Duration length, boolean sharedReset) {

    /** A header beyond this is no real wait but a broken value; it is ignored. */
    static final Duration IMPLAUSIBLE = Duration.ofDays(1);

    static Optional<ServerWait> from(Headers headers, Instant now) {
        Optional<Duration> retryAfter = retryAfter(headers.get("Retry-After"), now);
        if (retryAfter.isPresent()) {
            return retryAfter.map(length -> new ServerWait(length, false));
        }
        return seconds(headers.get("ratelimit-reset")).map(length -> new ServerWait(length, true));
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Duration> seconds = seconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait).filter(ServerWait::plausible);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(value.strip());
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) (seconds * 1000))).filter(ServerWait::plausible);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(Duration wait) {
        return wait.compareTo(IMPLAUSIBLE) <= 0;
    }
}
