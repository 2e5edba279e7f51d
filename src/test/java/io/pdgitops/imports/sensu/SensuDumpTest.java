package io.pdgitops.imports.sensu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensuDumpTest {

    static final Path YAML = Path.of("src/test/resources/sensu/dump.yaml");
    static final Path JSON = Path.of("src/test/resources/sensu/dump.json");

    static List<SensuResource> resources(Path file) throws IOException, SensuDumpException {
        return SensuDump.parse(file.toString(), Files.readString(file));
    }

    @Test
    void yamlAndWrappedJsonDumpsReadAlike() throws Exception {
        List<SensuResource> yaml = resources(YAML);
        List<SensuResource> json = resources(JSON);

        long documents = Files.readString(YAML).lines().filter(line -> line.startsWith("type:")).count();
        assertThat(yaml).hasSize((int) documents);
        assertThat(json).extracting(r -> r.type() + " " + r.namespace() + "/" + r.name() + " " + r.spec())
                .containsExactlyElementsOf(yaml.stream()
                        .map(r -> r.type() + " " + r.namespace() + "/" + r.name() + " " + r.spec()).toList());
        SensuResource disk = yaml.stream().filter(r -> r.name().equals("check-disk")).findFirst().orElseThrow();
        assertThat(disk.strings("subscriptions")).containsExactly("sakura-web", "sakura-db");
        assertThat(disk.label("customer")).contains("sakura");
        assertThat(disk.line()).as("the line of its type").isEqualTo(lineOf("name: check-disk") - 3);
        assertThat(yaml.stream().filter(r -> r.type().equals("Entity")).map(SensuResource::namespace))
                .contains("default", "minato");
    }

    @Test
    void aResourceWithoutNameOrSpecIsAProblemAtItsLine() {
        assertThatThrownBy(() -> SensuDump.parse("d.yaml", """
                ---
                type: CheckConfig
                metadata: {name: fine}
                spec: {command: true}
                ---
                type: CheckConfig
                metadata: {namespace: default}
                spec: {command: true}
                """)).hasMessage("d.yaml:6: a resource needs type, metadata.name and spec (this CheckConfig lacks one)");
        assertThatThrownBy(() -> SensuDump.parse("d.json", "{\"type\": \"CheckConfig\",\n \"spec\": {}}\n{\"type\":"))
                .hasMessageStartingWith("d.json:");
    }

    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(YAML);
        return lines.indexOf(lines.stream().filter(line -> line.contains(text)).findFirst().orElseThrow()) + 1;
    }
}
