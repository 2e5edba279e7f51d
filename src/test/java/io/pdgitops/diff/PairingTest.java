package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairingTest {

    private static final int NEW = Pairing.NONE;

    private static List<Optional<String>> names(String... names) {
        return Arrays.stream(names).map(Optional::ofNullable).toList();
    }

    @Test
    void removingAMiddleNamedLayerEndsThatLayerOnly() {
        Pairing pairing = Pairing.of(names("Day", "Weekend"), names("Day", "Night", "Weekend"));

        assertThat(pairing.liveIndexOf()).containsExactly(0, 2);
        assertThat(pairing.unpaired()).containsExactly(1);
        assertThat(pairing.reorders()).isFalse();
    }

    @Test
    void unnamedLayersFallBackToPosition() {
        Pairing pairing = Pairing.of(names(null, null), names(null, null, null));

        assertThat(pairing.liveIndexOf()).containsExactly(0, 1);
        assertThat(pairing.unpaired()).containsExactly(2);
    }

    @Test
    void aRenamedLayerKeepsItsPositionAndAMovedOneIsAReorder() {
        Pairing renamed = Pairing.of(names("Days", "Night"), names("Day", "Night"));
        Pairing moved = Pairing.of(names("Night", "Day"), names("Day", "Night"));

        assertThat(renamed.liveIndexOf()).containsExactly(0, 1);
        assertThat(renamed.reorders()).isFalse();
        assertThat(moved.liveIndexOf()).containsExactly(1, 0);
        assertThat(moved.reorders()).isTrue();
    }

    @Test
    void aNewNamedLayerDoesNotTakeARunningLayerAnotherNameClaims() {
        Pairing pairing = Pairing.of(names("New", "Day"), names("Day"));

        assertThat(pairing.liveIndexOf()).containsExactly(NEW, 0);
        assertThat(pairing.unpaired()).isEmpty();
    }

    @Test
    void aDeclaredLayerThatHasEndedTakesNoRunningLayer() {
        Pairing pairing = Pairing.of(names("Day", "Old"), List.of(true, false), names("Day", "Night"));

        assertThat(pairing.liveIndexOf()).containsExactly(0, NEW);
        assertThat(pairing.unpaired()).containsExactly(1);
        assertThat(pairing.liveOf(1, List.of("day", "night"))).isEmpty();
        assertThat(pairing.liveOf(0, List.of("day", "night"))).contains("day");
    }
}
