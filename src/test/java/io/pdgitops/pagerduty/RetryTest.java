package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.http.retry.Backoff;
import io.pdgitops.http.retry.FixedJitter;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import io.pdgitops.pagerduty.dto.TeamWrite;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

    private static final String TEAM = "{\"team\":{\"id\":\"PT1\",\"name\":\"Ops Tokyo\"}}";

    private final MockPagerDuty pagerDuty = new MockPagerDuty(config -> config.readTimeout(Duration.ofMillis(250)));

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void waitsForTheRateLimitResetAfterA429() {
        pagerDuty.server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("ratelimit-limit", "960").addHeader("ratelimit-remaining", "0")
                .addHeader("ratelimit-reset", "7")
                .body("{\"error\":{\"message\":\"Rate Limit Exceeded\",\"code\":2020}}").build());
        pagerDuty.enqueueJson(TEAM);

        assertThat(pagerDuty.client.teams().get("PT1").name()).isEqualTo("Ops Tokyo");

        // 7 s from the header plus half of the one-second jitter.
        assertThat(pagerDuty.time.sleeps()).containsExactly(Duration.ofMillis(7500));
        assertThat(pagerDuty.listener.calls()).extracting(ApiCall::rateLimited).containsExactly(true, false);
        assertThat(pagerDuty.listener.calls()).extracting(ApiCall::retry).containsExactly(0, 1);
    }

    @Test
    void backsOffExponentiallyAfterA429WithoutHeadersOrBody() {
        pagerDuty.enqueue(429, "");
        pagerDuty.enqueue(429, "");
        pagerDuty.enqueueJson(TEAM);

        pagerDuty.client.teams().get("PT1");

        // Base 2 s: retry 1 waits 1..2 s, retry 2 waits 2..4 s; the fixed jitter picks the middle.
        assertThat(pagerDuty.time.sleeps()).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000));
    }

    @Test
    void backoffIsCapped() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), FixedJitter.halfway());

        assertThat(backoff.beforeRetry(10)).isEqualTo(Duration.ofSeconds(45));
        assertThat(backoff.beforeRetry(40)).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void retriesA5xxUntilItSucceeds() {
        pagerDuty.enqueue(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        pagerDuty.enqueue(503, "");
        pagerDuty.enqueueJson(TEAM);

        assertThat(pagerDuty.client.teams().get("PT1").id()).isEqualTo("PT1");

        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(3);
        assertThat(pagerDuty.listener.statuses()).containsExactly(502, 503, 200);
    }

    @Test
    void givesUpAfterMaxRetriesWithARetryableError() {
        for (int i = 0; i < 4; i++) {
            pagerDuty.enqueue(500, "{\"error\":{\"message\":\"Internal Server Error\",\"code\":1000}}");
        }

        assertThatThrownBy(() -> pagerDuty.client.teams().get("PT1"))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/teams/PT1");
                });
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void retriesAReadTimeout() {
        pagerDuty.server.enqueue(new MockResponse.Builder().body(TEAM).headersDelay(2, TimeUnit.SECONDS).build());
        pagerDuty.enqueueJson(TEAM);

        assertThat(pagerDuty.client.teams().get("PT1").id()).isEqualTo("PT1");

        assertThat(pagerDuty.listener.statuses()).containsExactly(PagerDutyException.NO_RESPONSE, 200);
    }

    @Test
    void reportsTimeoutsThatOutlastTheRetriesAsRetryable() {
        for (int i = 0; i < 4; i++) {
            pagerDuty.server.enqueue(new MockResponse.Builder().body(TEAM).headersDelay(2, TimeUnit.SECONDS).build());
        }

        assertThatThrownBy(() -> pagerDuty.client.teams().get("PT1"))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isEqualTo(PagerDutyException.NO_RESPONSE);
                })
                .hasMessageContaining("timed out")
                .hasMessageContaining("after 4 attempts");
        assertThat(pagerDuty.listener.calls()).hasSize(4);
    }

    @Test
    void neverRetriesAPostAfterA500() {
        pagerDuty.enqueue(500, "");
        pagerDuty.enqueueJson(TEAM);

        assertThatThrownBy(() -> pagerDuty.client.teams().create(TeamWrite.named("Ops Tokyo", null)))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.status()).isEqualTo(500);
                })
                .hasMessageContaining("may have happened");
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void neverRetriesAPostAfterATimeout() {
        pagerDuty.server.enqueue(new MockResponse.Builder().body(TEAM).headersDelay(2, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> pagerDuty.client.services().create(
                new ServiceWrite("Payments API", null, null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("may have happened");
        assertThat(pagerDuty.listener.calls()).hasSize(1);
    }

    @Test
    void retriesAPostThatCouldNotConnect() {
        PagerDutyClient unreachable = pagerDuty.client("unreachable-token", "/", pagerDuty.listener,
                config -> config.maxRetries(2));
        pagerDuty.server.close();

        assertThatThrownBy(() -> unreachable.teams().create(TeamWrite.named("Ops Tokyo", null)))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("ConnectException")
                .hasMessageContaining("after 3 attempts")
                .hasMessageNotContaining("may have happened");
        assertThat(pagerDuty.listener.statuses()).containsOnly(PagerDutyException.NO_RESPONSE).hasSize(3);
    }

    @Test
    void retriesAPostThatWasRateLimited() {
        pagerDuty.enqueue(429, "");
        pagerDuty.server.enqueue(new MockResponse.Builder().code(201).body(TEAM).build());

        assertThat(pagerDuty.client.teams().create(TeamWrite.named("Ops Tokyo", null)).id()).isEqualTo("PT1");
        assertThat(pagerDuty.listener.statuses()).containsExactly(429, 201);
    }

    @Test
    void doesNotRetryABadRequest() {
        pagerDuty.enqueue(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                + "\"errors\":[\"Name has already been taken\"]}}");

        assertThatThrownBy(() -> pagerDuty.client.teams().update("PT1", TeamWrite.named("Ops Tokyo", null)))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo(2001);
                    assertThat(e.details()).containsExactly("Name has already been taken");
                });
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAuthenticationFailureSaysWhatToCheck() {
        pagerDuty.enqueue(401, "{\"error\":{\"message\":\"Unauthorized\",\"code\":2006}}");

        assertThatThrownBy(() -> pagerDuty.client.abilities())
                .isInstanceOf(PagerDutyException.class)
                .hasMessage("GET /abilities: HTTP 401 (PagerDuty error 2006) Unauthorized (check the API token and"
                        + " the region: a key only works in its own account's region)");
        assertThat(pagerDuty.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDeleteThatFoundNothingAfterARetryHadSucceeded() {
        pagerDuty.enqueue(504, "");
        pagerDuty.enqueue(404, "{\"error\":{\"message\":\"Not Found\",\"code\":2100}}");

        pagerDuty.client.teams().delete("PT1");

        assertThat(pagerDuty.listener.statuses()).containsExactly(504, 404);
    }

    @Test
    void aDeleteOfSomethingMissingIsNotFound() {
        pagerDuty.enqueue(404, "{\"error\":{\"message\":\"Not Found\",\"code\":2100}}");

        assertThatThrownBy(() -> pagerDuty.client.teams().delete("PT1"))
                .isInstanceOfSatisfying(PagerDutyException.class, e -> assertThat(e.isNotFound()).isTrue());
    }
}
