package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestsShareTest {

    @Test
    void theConfiguredShareIsKeptWhenItLeavesTheSyncsHalfTheRate() {
        int tokenLimit = 960;
        int configured = tokenLimit / 4;

        assertThat(RequestsShare.of(configured, tokenLimit)).isEqualTo(configured);
    }

    @Test
    void aShareLargerThanHalfTheRateIsCutToHalf() {
        int tokenLimit = 100;

        assertThat(RequestsShare.of(tokenLimit, tokenLimit)).isEqualTo(tokenLimit / 2);
    }

    @Test
    void aShareTooSmallToReadAnythingIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> RequestsShare.of(RequestsShare.SMALLEST - 1, 960))
                .hasMessageContaining("pd-gitops.on-demand.pagerduty-requests-per-minute");
    }
}
