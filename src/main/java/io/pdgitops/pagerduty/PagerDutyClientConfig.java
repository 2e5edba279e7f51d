package io.pdgitops.pagerduty;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to talk to one PagerDuty account (or to the built-in sandbox, which serves the same paths).
 * Framework-free so that the CLI can build it without booting Quarkus and the service can map its configuration
 * into it.
 *
 * @param baseUrl           {@link PagerDutyRegion#baseUrl()} or any URL serving PagerDuty's paths
 * @param token             the REST API key; never printed (see {@link #toString()})
 * @param fromEmail         sent as {@code From}; required by PagerDuty on a few writes with account-level keys, may be null
 * @param requestsPerMinute the client-side pace for this token; PagerDuty allows 960 per minute per key
 * @param maxRetries        how often one call is retried after a 429, 408, 5xx or network error
 * @param backoffBase       the first retry waits between half of this and this, doubling per retry
 * @param backoffCap        the longest backoff wait
 */
public record PagerDutyClientConfig(
        String baseUrl,
        String token,
        String fromEmail,
        int requestsPerMinute,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRetries,
        Duration backoffBase,
        Duration backoffCap) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 960;

    public PagerDutyClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffCap, "backoffCap");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a PagerDuty API token is required (set PAGERDUTY_TOKEN)");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static Builder builder(String token) {
        return new Builder(token);
    }

    /** The token is left out so that logging or printing a configuration can never leak it. */
    @Override
    public String toString() {
        return "PagerDutyClientConfig[baseUrl=" + baseUrl
                + ", token=(redacted)"
                + ", fromEmail=" + fromEmail
                + ", requestsPerMinute=" + requestsPerMinute
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout
                + ", maxRetries=" + maxRetries
                + ", backoffBase=" + backoffBase
                + ", backoffCap=" + backoffCap + "]";
    }

    /** Defaults: US region, 960 requests per minute, 10 s connect, 30 s read, 60 s per call, 5 retries, 2 s..60 s backoff. */
    public static final class Builder {
        private final String token;
        private String baseUrl = PagerDutyRegion.US.baseUrl();
        private String fromEmail;
        private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private int maxRetries = 5;
        private Duration backoffBase = Duration.ofSeconds(2);
        private Duration backoffCap = Duration.ofSeconds(60);

        private Builder(String token) {
            this.token = token;
        }

        public Builder region(PagerDutyRegion region) {
            return baseUrl(region.baseUrl());
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder fromEmail(String fromEmail) {
            this.fromEmail = fromEmail;
            return this;
        }

        public Builder requestsPerMinute(int requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder backoffBase(Duration backoffBase) {
            this.backoffBase = backoffBase;
            return this;
        }

        public Builder backoffCap(Duration backoffCap) {
            this.backoffCap = backoffCap;
            return this;
        }

        public PagerDutyClientConfig build() {
            return new PagerDutyClientConfig(baseUrl, token, fromEmail, requestsPerMinute, connectTimeout,
                    readTimeout, callTimeout, maxRetries, backoffBase, backoffCap);
        }
    }
}
