package io.pdgitops.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorSettingsMergeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GENERATED = EditorSettings.vscode("schemas", List.of("services", "teams"));

    @Test
    void aFolderUnderAMappedOneIsAlreadyCovered() {
        EditorSettings.Merged merged = EditorSettings.withFolder(GENERATED, "services/nagios");

        assertThat(merged.merge()).isEqualTo(EditorSettings.Merge.COVERED);
        assertThat(merged.text()).isEqualTo(GENERATED);
    }

    @Test
    void aNewFolderJoinsTheDocumentMappingAndOtherSettingsStay() throws Exception {
        String settings = """
                {"editor.tabSize": 2, "yaml.schemas": {"../schemas/pd-gitops.schema.json": ["/services/*.yaml"],
                 "https://json.schemastore.org/github-workflow.json": [".github/workflows/*.yml"]}}""";

        EditorSettings.Merged merged = EditorSettings.withFolder(settings, "monitoring/sensu");

        assertThat(merged.merge()).isEqualTo(EditorSettings.Merge.ADDED);
        JsonNode root = JSON.readTree(merged.text());
        assertThat(root.path("editor.tabSize").asInt()).isEqualTo(2);
        assertThat(root.path("yaml.schemas").path("../schemas/pd-gitops.schema.json")).extracting(JsonNode::asText)
                .containsExactly("/services/*.yaml", "/monitoring/sensu/*.yaml", "/monitoring/sensu/*.yml");
        assertThat(root.path("yaml.schemas").path("https://json.schemastore.org/github-workflow.json"))
                .hasSize(1);
        assertThat(EditorSettings.withFolder(merged.text(), "monitoring/sensu").merge())
                .as("a second import adds nothing").isEqualTo(EditorSettings.Merge.COVERED);
    }

    @Test
    void settingsWithoutOurMappingOrNotJsonAreLeftAlone() {
        String own = "{\"yaml.schemas\": {\"other.json\": [\"/x/*.yaml\"]}}";
        assertThat(EditorSettings.withFolder(own, "services").merge()).isEqualTo(EditorSettings.Merge.NO_MAPPING);
        assertThat(EditorSettings.withFolder("{\"files.eol\": \"\\n\"}", "services").merge())
                .isEqualTo(EditorSettings.Merge.NO_MAPPING);
        EditorSettings.Merged broken = EditorSettings.withFolder("{ // a comment VS Code allows\n}", "services");
        assertThat(broken.merge()).isEqualTo(EditorSettings.Merge.UNREADABLE);
        assertThat(broken.text()).startsWith("{ // a comment");
    }
}
