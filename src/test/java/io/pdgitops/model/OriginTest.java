package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginTest {

    private final SourceLocation document = new SourceLocation("s.yaml", 1, 1);
    private final SourceLocation rules = new SourceLocation("s.yaml", 4, 1);
    private final SourceLocation slashKey = new SourceLocation("s.yaml", 9, 3);
    private final Origin origin = new Origin(document, Map.of(
            FieldPath.of("rules"), rules,
            FieldPath.of("labels", "team/name"), slashKey));

    @Test
    void findsAFieldOrItsNearestDeclaredParent() {
        assertThat(origin.locationOf(FieldPath.of("rules"))).isEqualTo(rules);
        assertThat(origin.locationOf(FieldPath.of("rules", 3, "targets"))).isEqualTo(rules);
        assertThat(origin.locationOf(FieldPath.of("nowhere"))).isEqualTo(document);
        assertThat(origin.locationOf(FieldPath.ROOT)).isEqualTo(document);
    }

    @Test
    void keysWithSlashesAreEscapedLikeJsonPointers() {
        assertThat(FieldPath.of("labels", "team/name")).isEqualTo("/labels/team~1name");
        assertThat(origin.locationOf(FieldPath.child(FieldPath.of("labels"), "team/name"))).isEqualTo(slashKey);
        assertThat(FieldPath.parent("/labels/team~1name")).isEqualTo("/labels");
    }

    @Test
    void aZeroTimeoutIsTheSameAsDisabled() {
        assertThat(Timeout.after(Duration.ZERO)).isEqualTo(Timeout.disabled());
        assertThat(Timeout.disabled().isDisabled()).isTrue();
        assertThat(Timeout.after(Duration.ofMinutes(5)).isDisabled()).isFalse();
        assertThat(Timeout.after(Duration.ofMinutes(5)).after()).contains(Duration.ofMinutes(5));
    }
}
