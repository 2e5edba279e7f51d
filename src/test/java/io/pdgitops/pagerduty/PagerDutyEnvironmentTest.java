package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerDutyEnvironmentTest {

    @Test
    void noTokenMeansNoConnection() {
        assertThat(PagerDutyEnvironment.read(Map.of("PAGERDUTY_REGION", "eu", "PAGERDUTY_TOKEN", " "))).isEmpty();
    }

    @Test
    void readsEverySetting() {
        PagerDutyClientConfig config = PagerDutyEnvironment.read(Map.of(
                "PAGERDUTY_TOKEN", "tok", "PAGERDUTY_REGION", "EU", "PAGERDUTY_FROM", "bot@example.com",
                "PAGERDUTY_REQUESTS_PER_MINUTE", "480", "PAGERDUTY_MAX_RETRIES", "2")).orElseThrow();

        assertThat(config.baseUrl()).isEqualTo("https://api.eu.pagerduty.com");
        assertThat(config.token()).isEqualTo("tok");
        assertThat(config.fromEmail()).isEqualTo("bot@example.com");
        assertThat(config.requestsPerMinute()).isEqualTo(480);
        assertThat(config.maxRetries()).isEqualTo(2);
    }

    @Test
    void anExplicitUrlWinsOverTheRegion() {
        PagerDutyClientConfig config = PagerDutyEnvironment.read(Map.of("PAGERDUTY_TOKEN", "tok",
                "PAGERDUTY_REGION", "eu", "PAGERDUTY_URL", "http://localhost:8080/sandbox")).orElseThrow();

        assertThat(config.baseUrl()).isEqualTo("http://localhost:8080/sandbox");
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> PagerDutyEnvironment.read(Map.of("PAGERDUTY_TOKEN", "tok", "PAGERDUTY_REGION", "jp")))
                .hasMessage("PAGERDUTY_REGION must be us or eu, was \"jp\"");
        assertThatThrownBy(() -> PagerDutyEnvironment.read(Map.of("PAGERDUTY_TOKEN", "tok",
                "PAGERDUTY_REQUESTS_PER_MINUTE", "lots"))).hasMessageContaining("PAGERDUTY_REQUESTS_PER_MINUTE");
    }
}
