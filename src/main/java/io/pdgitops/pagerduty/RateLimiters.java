package io.pdgitops.pagerduty;

import io.pdgitops.http.retry.Sleeper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One limiter per API token for the whole process, because PagerDuty counts requests per key: two clients built
 * from the same token (a sync and a drift check, say) share one budget. Keyed by a hash so the map holds no token.
 * The first client of a token sets its rate.
 */
public final class RateLimiters {

    private static final Map<String, RateLimiter> BY_TOKEN = new ConcurrentHashMap<>();

    private RateLimiters() {
    }

    public static RateLimiter forToken(String token, int requestsPerMinute) {
        return BY_TOKEN.computeIfAbsent(fingerprint(token),
                key -> RateLimiter.perMinute(requestsPerMinute, Ticker.SYSTEM, Sleeper.SYSTEM));
    }

    private static String fingerprint(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
