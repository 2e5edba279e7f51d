package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PagerDutyClientConfigTest {

    @Test
    void defaultsFollowPagerDutysLimits() {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("t").build();

        assertThat(config.baseUrl()).isEqualTo("https://api.pagerduty.com");
        assertThat(config.requestsPerMinute()).isEqualTo(960);
        assertThat(config.backoffCap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.fromEmail()).isNull();
    }

    @Test
    void anyBaseUrlLosesItsTrailingSlash() {
        assertThat(PagerDutyClientConfig.builder("t").baseUrl("http://localhost:8080/sandbox/").build().baseUrl())
                .isEqualTo("http://localhost:8080/sandbox");
    }

    @Test
    void aMissingTokenSaysWhereToSetIt() {
        assertThatThrownBy(() -> PagerDutyClientConfig.builder(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAGERDUTY_TOKEN");
    }

    @Test
    void nonsenseLimitsAreRejected() {
        assertThatThrownBy(() -> PagerDutyClientConfig.builder("t").requestsPerMinute(0).build())
                .hasMessageContaining("requestsPerMinute");
        assertThatThrownBy(() -> PagerDutyClientConfig.builder("t").maxRetries(-1).build())
                .hasMessageContaining("maxRetries");
    }

    @Test
    void aBaseUrlThatIsNoUrlIsRejectedWhenTheClientIsBuilt() {
        PagerDutyClientConfig config = PagerDutyClientConfig.builder("t").baseUrl("api.pagerduty.com").build();

        assertThatThrownBy(() -> PagerDutyClient.create(config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("api.pagerduty.com");
    }
}
