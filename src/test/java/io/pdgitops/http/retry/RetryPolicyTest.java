package io.pdgitops.http.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.http.retry.Decision.Verdict;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The retry policy as a table: what came back, how safe the call is, which retry -> decision and delay. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration CAP = Duration.ofSeconds(60);
    private static final int MAX_RETRIES = 3;
    private static final Duration MAX_SERVER_WAIT = Duration.ofMinutes(2);
    private static final double JITTER = FixedJitter.HALF;

    private static final RetryPolicy POLICY = new RetryPolicy(MAX_RETRIES, new Backoff(BASE, CAP, FixedJitter.halfway()),
            MAX_SERVER_WAIT, Clock.fixed(NOW, ZoneOffset.UTC));

    record Row(String name, Outcome outcome, String method, int retry, Verdict verdict, Duration delay,
            boolean passing) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> table() {
        Duration thirtySeconds = Duration.ofSeconds(30);
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plus(thirtySeconds), ZoneOffset.UTC));
        Duration beyond = MAX_SERVER_WAIT.plusSeconds(1);
        return Stream.of(
                row("429 without headers backs off", status(429), "GET", 0, Verdict.RETRY, backoff(1), true),
                row("429 is retried even for a create", status(429), "POST", 0, Verdict.RETRY, backoff(1), true),
                row("backoff doubles per retry", status(429), "GET", 2, Verdict.RETRY, backoff(3), true),
                row("429 with Retry-After seconds waits exactly that", status(429, "Retry-After", "7"), "POST", 0,
                        Verdict.RETRY, Duration.ofSeconds(7), true),
                row("Retry-After as an HTTP date", status(503, "Retry-After", inThirtySeconds), "GET", 0,
                        Verdict.RETRY, thirtySeconds, true),
                row("Retry-After date in the past waits nothing", status(429, "Retry-After",
                        "Fri, 04 Dec 2026 19:00:00 GMT"), "GET", 0, Verdict.RETRY, Duration.ZERO, true),
                row("ratelimit-reset gets jitter on top", status(429, "ratelimit-reset", "7"), "GET", 0,
                        Verdict.RETRY, Duration.ofSeconds(7).plus(resetJitter()), true),
                row("Retry-After wins over ratelimit-reset",
                        status(429, "Retry-After", "4", "ratelimit-reset", "9"), "GET", 0, Verdict.RETRY,
                        Duration.ofSeconds(4), true),
                row("unreadable Retry-After falls back to backoff", status(429, "Retry-After", "soon"), "GET", 0,
                        Verdict.RETRY, backoff(1), true),
                row("a server wait beyond the limit gives up",
                        status(429, "Retry-After", Long.toString(beyond.toSeconds())), "GET", 0,
                        Verdict.WAIT_TOO_LONG, Duration.ZERO, true),
                row("403 with x-ratelimit-remaining 0 is a rate limit",
                        status(403, "x-ratelimit-remaining", "0"), "POST", 0, Verdict.RETRY, backoff(1), true),
                row("403 with Retry-After is a rate limit", status(403, "Retry-After", "3"), "GET", 0,
                        Verdict.RETRY, Duration.ofSeconds(3), true),
                row("plain 403 is refused", status(403), "GET", 0, Verdict.REFUSED, Duration.ZERO, false),
                row("400 is refused", status(400), "PUT", 0, Verdict.REFUSED, Duration.ZERO, false),
                row("404 is refused", status(404), "GET", 0, Verdict.REFUSED, Duration.ZERO, false),
                row("408 on a GET is retried", status(408), "GET", 0, Verdict.RETRY, backoff(1), true),
                row("502 on a PUT is retried", status(502), "PUT", 1, Verdict.RETRY, backoff(2), true),
                row("500 on a DELETE is retried", status(500), "DELETE", 0, Verdict.RETRY, backoff(1), true),
                row("500 on a create leaves its outcome unknown", status(500), "POST", 0, Verdict.OUTCOME_UNKNOWN,
                        Duration.ZERO, true),
                row("500 with retries used up is exhausted", status(500), "GET", MAX_RETRIES, Verdict.EXHAUSTED,
                        Duration.ZERO, true),
                row("429 with retries used up is exhausted", status(429), "POST", MAX_RETRIES, Verdict.EXHAUSTED,
                        Duration.ZERO, true),
                row("timeout on a GET is retried", failure(new SocketTimeoutException("read timed out")), "GET", 0,
                        Verdict.RETRY, backoff(1), true),
                row("timeout after sending a create: outcome unknown",
                        failure(new InterruptedIOException("timeout")), "POST", 0, Verdict.OUTCOME_UNKNOWN,
                        Duration.ZERO, true),
                row("reset connection during a create: outcome unknown", failure(new IOException("reset")),
                        "POST", 0, Verdict.OUTCOME_UNKNOWN, Duration.ZERO, true),
                row("connect failure on a create is retried", failure(new ConnectException("refused")), "POST", 0,
                        Verdict.RETRY, backoff(1), true),
                row("unknown host on a create is retried", failure(new UnknownHostException("api")), "POST", 1,
                        Verdict.RETRY, backoff(2), true),
                row("connect failure with retries used up is exhausted", failure(new ConnectException("refused")),
                        "PUT", MAX_RETRIES, Verdict.EXHAUSTED, Duration.ZERO, true),
                row("PATCH is not assumed idempotent", status(503), "PATCH", 0, Verdict.OUTCOME_UNKNOWN,
                        Duration.ZERO, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(Row row) {
        Decision decision = POLICY.decide(row.outcome(), Repeat.forMethod(row.method()), row.retry());

        assertThat(decision.verdict()).isEqualTo(row.verdict());
        assertThat(decision.delay()).isEqualTo(row.delay());
        assertThat(decision.passing()).isEqualTo(row.passing());
        assertThat(decision.retries()).isEqualTo(row.verdict() == Verdict.RETRY);
    }

    @Test
    void aSafeCallerMayRepeatWhatItsMethodWouldNot() {
        Outcome timeout = failure(new SocketTimeoutException("read timed out"));

        assertThat(POLICY.decide(timeout, Repeat.SAFE, 0).verdict()).isEqualTo(Verdict.RETRY);
        assertThat(POLICY.decide(timeout, Repeat.ONLY_IF_NEVER_SENT, 0).verdict())
                .isEqualTo(Verdict.OUTCOME_UNKNOWN);
    }

    @Test
    void methodsMapToTheirHttpSafety() {
        for (String idempotent : new String[] {"GET", "PUT", "DELETE", "HEAD"}) {
            assertThat(Repeat.forMethod(idempotent)).as(idempotent).isEqualTo(Repeat.SAFE);
        }
        for (String create : new String[] {"POST", "PATCH"}) {
            assertThat(Repeat.forMethod(create)).as(create).isEqualTo(Repeat.ONLY_IF_NEVER_SENT);
        }
    }

    private static Row row(String name, Outcome outcome, String method, int retry, Verdict verdict, Duration delay,
            boolean passing) {
        return new Row(name, outcome, method, retry, verdict, delay, passing);
    }

    private static Outcome status(int status, String... headers) {
        return Outcome.answered(status, "", Headers.of(headers), "");
    }

    private static Outcome failure(IOException error) {
        return Outcome.failed(error);
    }

    /** Retry n waits between half and all of base * 2^(n-1) (capped); the fixed jitter picks the middle. */
    private static Duration backoff(int retry) {
        long ceiling = Math.min(BASE.toMillis() << (retry - 1), CAP.toMillis());
        return Duration.ofMillis(ceiling / 2 + (long) (JITTER * (ceiling - ceiling / 2)));
    }

    private static Duration resetJitter() {
        return Duration.ofMillis((long) (JITTER * Backoff.RESET_JITTER.toMillis()));
    }
}
