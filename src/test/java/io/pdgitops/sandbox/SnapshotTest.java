package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aRestartKeepsObjectsAndNeverReusesIds() throws Exception {
        Path file = dir.resolve("state/sandbox.json");
        SandboxConfig config = SandboxConfig.withToken(TestSandbox.TOKEN).withSnapshot(file);
        TestSandbox first = new TestSandbox(config);
        String policy = first.policy("Primary", "taro@example.com");
        String service = first.service("Payments", policy);
        String deleted = first.service("Temporary", policy);
        first.delete("/services/" + deleted);

        assertThat(file).exists();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }

        TestSandbox second = new TestSandbox(config);
        assertThat(second.get("/services/" + service).body().path("service").path("name").asText()).isEqualTo("Payments");
        assertThat(second.get("/services/" + deleted).status()).isEqualTo(404);
        assertThat(second.sandbox.exportState().path("issued_ids").toString()).contains(deleted);
        assertThat(second.get("/teams").body().path("teams")).hasSize(2);
    }

    @Test
    void aSnapshotThatIsNotSandboxStateIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"collections\":{\"users\":{\"P1\":42}}}");
        assertThatThrownBy(
                        () -> new Sandbox(SandboxConfig.withToken("t").withSnapshot(file), Seed.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not hold a sandbox state");
    }

    @Test
    void aSnapshotThatIsNotJsonIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"collections\": [");
        assertThatThrownBy(
                        () -> new Sandbox(SandboxConfig.withToken("t").withSnapshot(file), Seed.EMPTY))
                .hasMessageContaining("Cannot read the sandbox snapshot " + file);
    }

    @Test
    void aFailedWriteChangesNothing() {
        TestSandbox pd = new TestSandbox();
        String before = pd.sandbox.exportState().path("collections").toString();
        pd.post("/escalation_policies", "{\"escalation_policy\":{\"name\":\"Bad\",\"escalation_rules\":[{\"escalation_delay_in_minutes\":0}]}}");
        assertThat(pd.sandbox.exportState().path("collections").toString()).isEqualTo(before);
    }
}
