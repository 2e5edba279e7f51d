package io.pdgitops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example repository opened in yaml-language-server, the server behind VS Code's YAML extension and most LSP
 * editors, with the repository's {@code .vscode/settings.json}: no file has a diagnostic, and a second document
 * gets completion and checks, which the first-line {@code $schema} comment alone does not give.
 */
class YamlLanguageServerTest {

    /** The server release the test speaks to; npx fetches it once and reuses it from its cache. */
    private static final String SERVER = "yaml-language-server@1.19.2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("example-repo").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void everyExampleFileIsCleanAndSecondDocumentsAreChecked() throws Exception {
        Optional<ExternalTool> npx = ExternalTool.find("npx");
        assumeTrue(npx.isPresent(), "npx is not installed (Debian package: npm): yaml-language-server test skipped");
        JsonNode yaml = JSON.createObjectNode().put("validate", true).put("completion", true)
                .set("schemas", JSON.readTree(EXAMPLE.resolve(".vscode/settings.json").toFile()).path("yaml.schemas"));
        Process process = new ProcessBuilder(npx.get().executable().toString(), "--yes", "-p", SERVER,
                "yaml-language-server", "--stdio").directory(EXAMPLE.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();

        try (LanguageServerSession server = new LanguageServerSession(process, request -> answer(request, yaml))) {
            server.request("initialize", initialize(), TIMEOUT_SECONDS);
            server.notify("initialized", JSON.createObjectNode());
            server.notify("workspace/didChangeConfiguration", JSON.createObjectNode().set("settings",
                    JSON.createObjectNode().set("yaml", yaml)));

            List<String> problems = new ArrayList<>();
            for (String file : EditorSchemaMapping.configFiles(EXAMPLE)) {
                JsonNode diagnostics = open(server, EXAMPLE.resolve(file), Files.readString(EXAMPLE.resolve(file)));
                diagnostics.forEach(diagnostic -> problems.add(file + ":" + (diagnostic.at("/range/start/line").asInt() + 1)
                        + ": " + diagnostic.path("message").asText()));
            }
            assertThat(problems).as("yaml-language-server diagnostics on example-repo").isEmpty();

            // A file of several objects under a mapped folder, not on disk: the server checks the text it is sent.
            Path twoTeams = EXAMPLE.resolve("teams/two-teams-check.yaml");
            String text = "kind: Team\nname: First\n---\nkind: Team\nname: Second\nnot_a_field: 1\n---\n";
            JsonNode diagnostics = open(server, twoTeams, text);
            assertThat(diagnostics).as("a field the Team schema does not define, in the second document")
                    .anySatisfy(diagnostic -> assertThat(diagnostic.at("/range/start/line").asInt()).isEqualTo(5));
            // The cursor on a new line of a second Team: the server offers the Team schema's fields.
            Path completing = EXAMPLE.resolve("teams/completion-check.yaml");
            open(server, completing, "kind: Team\nname: First\n---\nkind: Team\n\n");
            JsonNode completion = server.request("textDocument/completion", JSON.createObjectNode()
                    .<ObjectNode>set("textDocument", JSON.createObjectNode().put("uri", completing.toUri().toString()))
                    .set("position", JSON.createObjectNode().put("line", 4).put("character", 0)), TIMEOUT_SECONDS);
            JsonNode items = completion.path("result").has("items") ? completion.path("result").path("items")
                    : completion.path("result");
            List<String> labels = new ArrayList<>();
            items.forEach(item -> labels.add(item.path("label").asText()));
            List<String> teamFields = new ArrayList<>();
            JSON.readTree(Path.of("schemas/team.schema.json").toFile()).path("properties").fieldNames()
                    .forEachRemaining(teamFields::add);
            assertThat(labels).as("completion in the second document").containsAnyElementsOf(teamFields);
        }
    }

    /** Opens a document and waits for the diagnostics the server publishes for it. */
    private static JsonNode open(LanguageServerSession server, Path file, String text) throws Exception {
        String uri = file.toUri().toString();
        server.notify("textDocument/didOpen", JSON.createObjectNode().set("textDocument", JSON.createObjectNode()
                .put("uri", uri).put("languageId", "yaml").put("version", 1).put("text", text)));
        return server.await(message -> message.path("method").asText().equals("textDocument/publishDiagnostics")
                && message.at("/params/uri").asText().equals(uri), TIMEOUT_SECONDS).at("/params/diagnostics");
    }

    private static JsonNode initialize() {
        ObjectNode params = JSON.createObjectNode();
        params.putNull("processId");
        params.put("rootUri", EXAMPLE.toUri().toString());
        params.putArray("workspaceFolders").addObject().put("uri", EXAMPLE.toUri().toString()).put("name", "example");
        ObjectNode capabilities = params.putObject("capabilities");
        capabilities.putObject("workspace").put("configuration", true).putObject("didChangeConfiguration")
                .put("dynamicRegistration", true);
        capabilities.putObject("textDocument").putObject("completion").putObject("completionItem")
                .put("snippetSupport", false);
        return params;
    }

    /** The editor's side: the yaml settings for every configuration section asked for, nothing else. */
    private static JsonNode answer(JsonNode request, JsonNode yaml) {
        if (!request.path("method").asText().equals("workspace/configuration")) {
            return null;
        }
        ArrayNode sections = JSON.createArrayNode();
        request.at("/params/items").forEach(item -> {
            if (item.path("section").asText().equals("yaml")) {
                sections.add(yaml);
            } else {
                sections.addNull();
            }
        });
        return sections;
    }
}
