package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private final List<NagiosProblem> problems = new ArrayList<>();
    private final PolicyRules rules = PolicyRules.parse("Default", "map.txt", """
            # comment
            kaede-* = Tokyo Critical
            *-db = Databases
            kaede-db = Never reached: the first match wins
            just a line
            = No pattern
            """, problems);

    @Test
    void theFirstMatchingPatternWinsElseTheDefault() {
        assertThat(rules.policyFor("kaede-db")).isEqualTo("Tokyo Critical");
        assertThat(rules.policyFor("sakura-db")).isEqualTo("Databases");
        assertThat(rules.policyFor("sakura-web")).isEqualTo("Default");
        assertThat(rules.policyFor("xkaede-web")).as("patterns match whole names").isEqualTo("Default");
    }

    @Test
    void malformedLinesAreReportedWithTheirLine() {
        assertThat(problems).map(NagiosProblem::toString).containsExactly(
                "map.txt:5: expected `PATTERN = Escalation Policy Name`, got `just a line`",
                "map.txt:6: expected `PATTERN = Escalation Policy Name`, got `= No pattern`");
    }

    @Test
    void policiesTheRepositoryDoesNotDeclareAreNamedWithTheirLine() {
        assertThat(rules.undeclared(Set.of("Default", "Databases"))).containsExactly(
                "map.txt:2: escalation policy `Tokyo Critical` is not declared in the repository (declared: "
                        + "Databases, Default)",
                "map.txt:4: escalation policy `Never reached: the first match wins` is not declared in the "
                        + "repository (declared: Databases, Default)");
        assertThat(rules.unused(List.of("kaede-web"))).extracting(PolicyRules.Mapping::pattern)
                .containsExactly("*-db", "kaede-db");
    }
}
