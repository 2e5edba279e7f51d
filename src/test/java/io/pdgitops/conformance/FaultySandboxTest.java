package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.pagerduty.ApiCallCounter;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.EscalationPolicyDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.sandbox.SandboxConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against a sandbox that misbehaves the way PagerDuty and networks do: 500s, dropped connections, a
 * burst of 429s without headers and a few milliseconds of latency, all drawn from a seeded random generator so
 * that every run sees the same faults. The client's backoff is recorded, never slept.
 */
class FaultySandboxTest {

    private static final int SERVICES = 1_000;
    /** The seed is one under which every kind of fault happens during the read. */
    private static final String FAULTS = """
            {"latencyMillis":1,"jitterMillis":4,"errorRate":0.2,"dropRate":0.05,"rateLimitBurst":3,
             "burstWithHeaders":false,"seed":1}""";

    private static List<ServiceDto> services;
    private static List<EscalationPolicyDto> policies;
    private static ApiCallCounter.Counts seen;
    private static JsonNode stats;
    private static List<Duration> backoffs;
    private static List<Exchange> exchanges;

    /** One full read, shared by the tests: seeding a thousand services takes a few seconds. */
    @BeforeAll
    static void readEverythingThroughTheFaults() {
        try (RecordedSandbox pd = RecordedSandbox.onLoopback(SandboxConfig.withToken(RecordedSandbox.TOKEN).withRateLimit(100_000))) {
            seedServices(pd);
            pd.direct("PUT", "/sandbox-admin/faults", FAULTS);
            PagerDutyClient client = pd.client(RecordedSandbox.TOKEN, 8);

            services = client.services().list();
            policies = client.escalationPolicies().list();

            seen = pd.calls.counts();
            stats = pd.direct("GET", "/sandbox-admin/stats", null);
            backoffs = List.copyOf(pd.clientSleeps);
            exchanges = pd.recorder.exchanges();
        }
    }

    @Test
    void aFullReadOfAThousandServicesGetsThemAll() {
        assertThat(services).hasSize(SERVICES).extracting(ServiceDto::name).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, SERVICES).mapToObj("Service %04d"::formatted).toList());
        assertThat(services).allSatisfy(service -> assertThat(service.escalationPolicy().id()).isNotBlank());
        assertThat(policies).hasSize(SERVICES);
    }

    @Test
    void everyFaultIsSeenRetriedAndCountedOnBothSides() {
        long serverErrors = sandboxCount(stats, "server_errors");
        long dropped = sandboxCount(stats, "dropped");
        long rateLimited = sandboxCount(stats, "rate_limited");
        assertThat(serverErrors).isPositive();
        assertThat(dropped).isPositive();
        assertThat(rateLimited).isEqualTo(3);

        // Every failed attempt was seen by the client and retried; two lists of ten pages each then succeeded.
        assertThat(seen.rateLimited()).isEqualTo(rateLimited);
        assertThat(seen.failed()).isEqualTo(serverErrors + dropped + rateLimited);
        assertThat(seen.retries()).isEqualTo(seen.failed());
        assertThat(seen.reads()).isEqualTo(2 * SERVICES / 100 + seen.retries());
        long listReads = stats.at("/paths/~1services/reads").asLong() + stats.at("/paths/~1escalation_policies/reads").asLong();
        assertThat(listReads).isEqualTo(seen.reads());
        assertThat(backoffs).hasSize((int) seen.retries());
    }

    @Test
    void theFaultyAnswersAreCheckedAgainstTheSpecToo() throws IOException {
        assumeTrue(OpenApiSpec.available(), "PagerDuty's OpenAPI spec is not at " + OpenApiSpec.LOCATION.toAbsolutePath()
                + " (the shared folder is absent): skipping the conformance check of faulty answers");
        SpecCheck check = new SpecCheck(OpenApiSpec.load());
        List<SchemaFinding> findings = new ArrayList<>();
        exchanges.forEach(exchange -> findings.addAll(check.check(exchange, "")));

        assertThat(exchanges).extracting(Exchange::status).contains(200, 429, 500);
        assertThat(KnownDeviations.read().unexplained(findings)).isEmpty();
    }

    @Test
    void whenEveryAnswerIsA500TheReadFailsCleanlyAfterTheConfiguredRetries() {
        try (RecordedSandbox pd = RecordedSandbox.onLoopback(SandboxConfig.withToken(RecordedSandbox.TOKEN))) {
            pd.direct("PUT", "/sandbox-admin/faults", "{\"errorRate\":1.0,\"seed\":3}");
            PagerDutyClient client = pd.client(RecordedSandbox.TOKEN, 4);

            long started = System.nanoTime();
            assertThatThrownBy(() -> client.services().list())
                    .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                        assertThat(e.status()).isEqualTo(500);
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.method()).isEqualTo("GET");
                        assertThat(e.path()).isEqualTo("/services");
                        assertThat(e.getMessage()).doesNotContain(RecordedSandbox.TOKEN);
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            ApiCallCounter.Counts counts = pd.calls.counts();
            assertThat(counts.attempts()).isEqualTo(5);
            assertThat(counts.retries()).isEqualTo(4);
            assertThat(pd.clientSleeps).hasSize(4).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(20)));
        }
    }

    /** Counts of one kind of answer over every route, from the sandbox's own statistics. */
    private static long sandboxCount(JsonNode stats, String field) {
        long sum = 0;
        for (JsonNode route : stats.path("paths")) {
            sum += route.path(field).asLong();
        }
        return sum;
    }

    /** Straight into the sandbox with faults off: a policy paging one user, and a service on it, a thousand times. */
    private static void seedServices(RecordedSandbox pd) {
        String user = pd.direct("GET", "/users", null).path("users").get(0).path("id").asText();
        for (int i = 0; i < SERVICES; i++) {
            String policy = pd.direct("POST", "/escalation_policies", """
                    {"escalation_policy":{"type":"escalation_policy","name":"Policy %04d","escalation_rules":[
                      {"escalation_delay_in_minutes":30,"targets":[{"id":"%s","type":"user_reference"}]}]}}"""
                    .formatted(i, user)).path("escalation_policy").path("id").asText();
            pd.direct("POST", "/services", """
                    {"service":{"type":"service","name":"Service %04d",
                      "escalation_policy":{"id":"%s","type":"escalation_policy_reference"}}}"""
                    .formatted(i, policy));
        }
    }
}
