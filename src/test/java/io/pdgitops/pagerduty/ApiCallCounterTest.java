package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.pagerduty.dto.TeamWrite;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ApiCallCounterTest {

    @Test
    void countsReadsWritesRetriesAndRateLimits() {
        ApiCallCounter counter = new ApiCallCounter();
        RecordingListener recorder = new RecordingListener();
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            PagerDutyClient client = pagerDuty.client("counted-token", "/", ApiCallListener.all(counter, recorder),
                    config -> config);
            pagerDuty.enqueue(429, "");
            pagerDuty.enqueue(503, "");
            pagerDuty.enqueueJson("{\"team\":{\"id\":\"PT1\"}}");
            pagerDuty.server.enqueue(new MockResponse.Builder().code(201).body("{\"team\":{\"id\":\"PT2\"}}").build());

            client.teams().get("PT1");
            client.teams().create(TeamWrite.named("Ops Osaka", null));
        }

        assertThat(counter.counts()).isEqualTo(new ApiCallCounter.Counts(3, 1, 2, 1, 2));
        assertThat(counter.counts().attempts()).isEqualTo(4);
        assertThat(recorder.statuses()).containsExactly(429, 503, 200, 201);
    }
}
