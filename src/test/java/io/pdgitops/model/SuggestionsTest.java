package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("name", "escalation_policy", "status", "integrations");

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(Suggestions.closest("statu", FIELDS)).contains("status");
        assertThat(Suggestions.closest("escalaton_policy", FIELDS)).contains("escalation_policy");
        assertThat(Suggestions.closest("Name", FIELDS)).contains("name");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggestions.closest("owner", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("anything", List.of())).isEmpty();
        assertThat(Suggestions.hint("colour", FIELDS)).isEmpty();
    }

    @Test
    void measuresEditDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
