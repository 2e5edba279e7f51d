package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.validate.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mis-indented YAML, reported in plain words at its line, without the parser's token names. */
class PlainSyntaxMessagesTest {

    @TempDir
    Path repo;

    @Test
    void aMisindentedKeyIsExplainedAtItsLine() throws Exception {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "kind: Settings\n");
        Files.writeString(repo.resolve("service.yaml"), String.join("\n",
                "kind: Service",
                "name: Payments",
                "escalation_policy: Ops",
                "  description: indented under nothing",
                "urgency: high", ""));

        List<Violation> errors = ConfigLoader.load(repo).violations().stream()
                .filter(v -> v.location().file().equals("service.yaml")).toList();

        assertThat(errors).isNotEmpty();
        Violation first = errors.get(0);
        assertThat(first.message()).doesNotContain("<block end>", "expected <", "but found")
                .containsAnyOf("indent", "colon");
        assertThat(first.location().line()).isBetween(3, 4);
    }

    @Test
    void referencesToAnObjectOfAFileThatDoesNotParseAreNotReportedAsDangling() throws Exception {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "kind: Settings\n");
        Files.writeString(repo.resolve("policy.yaml"), String.join("\n",
                "kind: EscalationPolicy",
                "name: Payments Primary",
                "rules:",
                "  - escalation_delay: 30m",
                "     targets: [{user: a@example.com}]", ""));
        Files.writeString(repo.resolve("service.yaml"), String.join("\n",
                "kind: Service",
                "name: Payments",
                "escalation_policy: Payments Primary", ""));

        List<Violation> violations = ConfigLoader.load(repo).violations();

        assertThat(violations).extracting(v -> v.location().file()).contains("policy.yaml").doesNotContain("service.yaml");
    }
}
