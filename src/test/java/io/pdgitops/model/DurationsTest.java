package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30s, 30", "30m, 1800", "4h, 14400", "1d, 86400", "1h30m, 5400", "1d2h3m4s, 93784", "0s, 0"})
    void parsesUnitsAndCombinations(String text, long seconds) {
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "4 hours", "h", "-1h", "1.5h", "1w", "99999999999999999999d", "106751991167301d"})
    void rejectsWhatIsNotADurationOrTooLarge(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void formatsTheShortestSpellingThatParsesBack() {
        for (long seconds : new long[] {0, 59, 60, 3600, 5400, 86400, 93784, 31_536_000}) {
            String text = Durations.format(Duration.ofSeconds(seconds));
            assertThat(Durations.parse(text)).as(text).contains(Duration.ofSeconds(seconds));
        }
        assertThat(Durations.format(Duration.ofSeconds(5400))).isEqualTo("1h30m");
    }
}
