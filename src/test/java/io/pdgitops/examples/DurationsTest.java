package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsUnitsCombinationsAndWholeSeconds() {
        assertThat(Durations.seconds("30s")).isEqualTo(30);
        assertThat(Durations.seconds("4h")).isEqualTo(14_400);
        assertThat(Durations.seconds("1d")).isEqualTo(86_400);
        assertThat(Durations.seconds("1h30m")).isEqualTo(5_400);
        assertThat(Durations.seconds(900)).isEqualTo(900);
    }

    @Test
    void rejectsTextThatIsNotADuration() {
        assertThatThrownBy(() -> Durations.seconds("4 hours")).hasMessage("not a duration: 4 hours");
        assertThatThrownBy(() -> Durations.seconds("h")).hasMessage("not a duration: h");
    }
}
