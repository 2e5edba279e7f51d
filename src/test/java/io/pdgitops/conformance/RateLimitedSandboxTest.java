package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.pagerduty.ApiCallCounter;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.sandbox.SandboxConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The client against the sandbox's own rate limit (fixed one-minute windows, {@code ratelimit-reset} in seconds),
 * with the client's limiter out of the way so that the sandbox's 429s are what paces it.
 */
class RateLimitedSandboxTest {

    @Test
    void aReadOverTheLimitWaitsOnceForEachWindowToResetAndLosesNothing() {
        try (RecordedSandbox pd = RecordedSandbox.onLoopback(SandboxConfig.withToken(RecordedSandbox.TOKEN).withRateLimit(2))) {
            PagerDutyClient client = pd.client(RecordedSandbox.TOKEN, 2);

            assertThat(client.users().list()).hasSize(5);
            assertThat(client.teams().list()).hasSize(2);
            assertThat(client.schedules().list()).isEmpty();
            assertThat(client.escalationPolicies().list()).isEmpty();
            assertThat(client.services().list()).isEmpty();
            assertThat(client.vendors().list()).isNotEmpty();
            assertThat(client.abilities()).isNotEmpty();

            // Seven reads at two a minute: the 3rd, 5th and 7th are refused once each, then wait out the minute.
            ApiCallCounter.Counts seen = pd.calls.counts();
            JsonNode stats = pd.direct("GET", "/sandbox-admin/stats", null);
            assertThat(seen.rateLimited()).isEqualTo(3).isEqualTo(stats.at("/totals/rate_limited").asLong());
            assertThat(seen.retries()).isEqualTo(3);
            assertThat(seen.reads()).isEqualTo(10);
            assertThat(pd.clientSleeps).hasSize(3).allSatisfy(wait ->
                    assertThat(wait).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(62)));
        }
    }
}
