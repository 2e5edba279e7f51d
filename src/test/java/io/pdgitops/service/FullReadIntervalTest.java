package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FullReadIntervalTest {

    @Test
    void followsTheDriftIntervalInEitherSpelling() {
        assertThat(FullReadInterval.of("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(FullReadInterval.of("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(FullReadInterval.of("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(FullReadInterval.of("PT10M")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void driftChecksOffStillReadEverythingEveryFewMinutes() {
        assertThat(FullReadInterval.of("off")).isEqualTo(FullReadInterval.WHEN_DRIFT_IS_OFF);
    }

    @Test
    void aValueThatIsNoDurationNamesTheSetting() {
        assertThatThrownBy(() -> FullReadInterval.of("soon")).hasMessageContaining("pd-gitops.drift-interval")
                .hasMessageContaining("soon");
    }
}
