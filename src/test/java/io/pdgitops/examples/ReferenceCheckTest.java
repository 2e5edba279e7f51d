package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    static final Path CASE = Path.of("src/test/resources/examples/broken-references");

    @Test
    void reportsEveryUnknownKindDuplicateAndDanglingReference() throws IOException {
        ConfigRepository repo = ConfigRepository.load(CASE);
        SandboxSeed seed = SandboxSeed.load(CASE.resolve("sandbox-seed.yaml"));

        assertThat(ReferenceCheck.problems(repo, seed)).containsExactlyInAnyOrder(
            "objects.yaml document 5 (Team Ops): duplicate name",
            "objects.yaml document 6 (Servise Typo): unknown kind",
            "objects.yaml document 1 (Service Web): unknown escalation policy 'Missing Policy'",
            "objects.yaml document 2 (EscalationPolicy Primary): unknown team 'Ghost Team'",
            "objects.yaml document 2 (EscalationPolicy Primary): unknown schedule 'Missing Schedule'",
            "objects.yaml document 2 (EscalationPolicy Primary): unknown user 'nobody@example.com'",
            "objects.yaml document 3 (Schedule Day): unknown user 'stranger@example.com'",
            "objects.yaml document 4 (Team Ops): unknown parent team 'Missing Parent'");
    }
}
