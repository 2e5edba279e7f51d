package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.Service;
import io.pdgitops.write.YamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What an import writes for a service, the loader reads back as the same service. */
class ImportedServiceYamlTest {

    @TempDir
    Path repo;

    static Stream<String> awkwardNames() {
        return Stream.of("web-01", "yes", "null", "123", "- leading dash", "a: b", "x # y", "\"quoted\"",
                "back\\slash", "東京 Web", "trailing ", "tab\there", "{braces}", "[list]", "*star", "&anchor",
                "100%", "@at", "`tick`", "ends with colon:");
    }

    @ParameterizedTest
    @MethodSource("awkwardNames")
    void everyNameAndDescriptionRoundTrips(String name) throws IOException {
        ImportedService imported = new ImportedService(name, "about " + name, "host `" + name + "`", "Ops",
                IntegrationChoice.EMAIL, Optional.of("svc@acme.pagerduty.com"), List.of(name), 1);
        Files.writeString(repo.resolve("service.yaml"), GeneratedFile.write(
                YamlWriter.document(ServiceDeclaration.of(imported, "service.yaml")), "nagios") + "---\n"
                + "{kind: EscalationPolicy, name: Ops, rules: [{escalation_delay: 30m, targets: [{user: a@example.com}]}]}\n");

        LoadResult loaded = ConfigLoader.load(repo);

        assertThat(loaded.violations()).isEmpty();
        Service service = loaded.state().services().get(0);
        assertThat(service.name()).isEqualTo(name);
        assertThat(service.description()).contains("about " + name);
        assertThat(service.integrations().orElseThrow().get(0).integrationEmail()).contains("svc@acme.pagerduty.com");
    }
}
