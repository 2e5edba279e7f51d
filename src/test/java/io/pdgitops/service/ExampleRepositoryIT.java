package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.Service;
import io.pdgitops.source.GitCli;
import io.pdgitops.validate.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command: the packaged service started with no setting at all inside a Git checkout that
 * holds this project's {@code example-repo}, syncing it into the built-in sandbox.
 */
class ExampleRepositoryIT {

    private static final Path EXAMPLE_REPO = Path.of("example-repo");

    @TempDir
    Path checkout;

    @TempDir
    Path logs;

    @Test
    void withoutAnySettingTheServiceSyncsTheExampleRepositoryOfItsCheckoutIntoTheBuiltInSandbox() throws Exception {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed");
        GitCli.run(checkout, "init", "-q");
        ConfigRepoServer.copyTree(EXAMPLE_REPO, checkout.resolve("example-repo"));
        GitCli.run(checkout, "add", "-A");
        GitCli.run(checkout, "commit", "-q", "-m", "Add the example configuration");
        String head = GitCli.run(checkout, "rev-parse", "HEAD");

        try (ServiceProcess service = ServiceProcess.start(checkout, Map.of(), logs.resolve("service.log"))) {
            JsonNode status = Eventually.await(Duration.ofSeconds(120), service::status,
                    s -> s != null && s.path("phase").asText().equals("Synced"));

            assertThat(status.path("lastAppliedRevision").asText()).isEqualTo(head);
            assertThat(status.path("branch").asText()).isEqualTo("main");
            assertThat(status.path("path").asText()).isEqualTo("example-repo");
            assertThat(status.path("repository").asText()).startsWith("file:")
                    .endsWith(checkout.getFileName().toString());
            assertThat(status.path("pagerDuty").asText()).isEqualTo("the built-in PagerDuty sandbox");
            List<String> served = new ArrayList<>();
            service.get("/sandbox/services?limit=100", "Authorization", "Token token=any").path("services")
                    .forEach(s -> served.add(s.path("name").asText()));
            assertThat(served).containsExactlyInAnyOrderElementsOf(exampleServiceNames());
        }
    }

    private static List<String> exampleServiceNames() {
        LoadResult example = ConfigLoader.load(EXAMPLE_REPO);
        assertThat(example.violations()).extracting(Violation::format).isEmpty();
        return example.state().services().stream().map(Service::name).toList();
    }
}
