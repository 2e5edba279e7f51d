package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    private final IgnoreRules rules = new IgnoreRules(List.of(
            new IgnoreDifference(ObjectKind.SERVICE, Optional.empty(), List.of("integrations.email_filters", "support_hours")),
            new IgnoreDifference(ObjectKind.ESCALATION_POLICY, Optional.of("Payments"), List.of("rules.targets"))));

    @Test
    void matchesPathsWhateverTheirIndexOrName() {
        assertThat(rules.ignores(ObjectKind.SERVICE, "Any", "integrations[\"Mail\"].email_filters")).isTrue();
        assertThat(rules.ignores(ObjectKind.ESCALATION_POLICY, "Payments", "rules[3].targets")).isTrue();
    }

    @Test
    void coversWhatIsBelowAFieldButNotItsSiblings() {
        assertThat(rules.ignores(ObjectKind.SERVICE, "Any", "support_hours")).isTrue();
        assertThat(rules.ignores(ObjectKind.SERVICE, "Any", "support_hours_note")).isFalse();
        assertThat(rules.ignores(ObjectKind.SERVICE, "Any", "integrations[\"Mail\"].type")).isFalse();
    }

    @Test
    void appliesOnlyToTheNamedObjectAndKind() {
        assertThat(rules.ignores(ObjectKind.ESCALATION_POLICY, "Other", "rules[0].targets")).isFalse();
        assertThat(rules.ignores(ObjectKind.SCHEDULE, "Payments", "support_hours")).isFalse();
    }
}
