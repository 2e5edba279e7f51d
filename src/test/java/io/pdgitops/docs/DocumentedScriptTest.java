package io.pdgitops.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentedScriptTest {

    private static final String SERVE = "```sh\n./pd-gitops serve\n```\n";

    @Test
    void aSecondServiceWhileTheFirstRunsIsRefused() {
        String page = SERVE + "Then start it again:\n" + SERVE;

        assertThatThrownBy(() -> DocumentedScript.of("page.md", page, 9000))
                .hasMessageContaining("second service while the first still runs");
    }

    @Test
    void aSecondServiceAfterTheReaderStoppedTheFirstStopsItFirst() {
        String page = SERVE + "Stop it with Ctrl-C, then:\n" + SERVE;

        DocumentedScript script = DocumentedScript.of("page.md", page, 9000);

        assertThat(script.commands()).containsExactly("__serve", "__stop", "__serve");
        assertThat(script.services()).isEqualTo(2);
    }

    @Test
    void onlyShellBlocksRunWithoutMavenAndOnTheGivenPort() {
        String page = "```text\npd-gitops plan [DIR]\n```\n```sh\n./mvnw verify\ncurl localhost:8080/api/v1/status\n```\n";

        DocumentedScript script = DocumentedScript.of("page.md", page, 9123);

        assertThat(script.commands()).containsExactly("curl localhost:9123/api/v1/status");
        assertThat(script.script("/tmp/log")).startsWith("set -euo pipefail").contains("curl localhost:9123");
    }
}
