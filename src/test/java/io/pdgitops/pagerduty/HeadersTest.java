package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.build.Version;
import io.pdgitops.pagerduty.dto.TeamWrite;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class HeadersTest {

    private static final String TEAM = "{\"team\":{\"id\":\"PT1\",\"name\":\"Ops Tokyo\"}}";

    @Test
    void everyRequestAuthenticatesAndPinsTheApiVersion() {
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            pagerDuty.enqueueJson(TEAM);

            pagerDuty.client.teams().get("PT1");

            RecordedRequest request = pagerDuty.take();
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + MockPagerDuty.TOKEN);
            assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.pagerduty+json;version=2");
            assertThat(request.getHeaders().get("User-Agent")).isEqualTo("pd-gitops/" + Version.current());
            assertThat(request.getHeaders().get("From")).isNull();
            assertThat(request.getHeaders().get("Content-Type")).isNull();
        }
    }

    @Test
    void writesSendJsonAndTheConfiguredFromAddress() {
        try (MockPagerDuty pagerDuty = new MockPagerDuty(config -> config.fromEmail("bot@example.com"))) {
            pagerDuty.server.enqueue(new mockwebserver3.MockResponse.Builder().code(201).body(TEAM).build());

            pagerDuty.client.teams().create(TeamWrite.named("Ops Tokyo", "Tokyo shifts"));

            RecordedRequest request = pagerDuty.take();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
            assertThat(request.getHeaders().get("From")).isEqualTo("bot@example.com");
            assertThat(request.getBody().utf8())
                    .isEqualTo("{\"team\":{\"name\":\"Ops Tokyo\",\"description\":\"Tokyo shifts\",\"type\":\"team\"}}");
        }
    }

    @Test
    void aBaseUrlWithAPathKeepsIt() {
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            PagerDutyClient sandbox = pagerDuty.client("any", "/sandbox/", ApiCallListener.NONE, config -> config);
            pagerDuty.enqueueJson(TEAM);

            sandbox.teams().get("PT 1/x");

            assertThat(pagerDuty.take().getTarget()).isEqualTo("/sandbox/teams/PT%201%2Fx");
        }
    }
}
