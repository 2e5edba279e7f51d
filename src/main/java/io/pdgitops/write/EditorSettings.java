package io.pdgitops.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.validate.SchemaCatalog;
import java.util.List;

/**
 * Editor settings that map the JSON Schemas onto a configuration folder. The {@code # yaml-language-server:
 * $schema=} line of a file covers only its first document, so files with several objects need this mapping to get
 * completion and checks in every document. VS Code's {@code yaml.schemas} is the setting yaml-language-server
 * reads, also in other editors that run it.
 */
public final class EditorSettings {

    /** Where VS Code looks for a folder's settings. */
    public static final String VSCODE_FILE = ".vscode/settings.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EditorSettings() {
    }

    /**
     * yaml-language-server turns each pattern into a regular expression, {@code *} into {@code .*}, and tests it
     * against the end of the file's URI: {@code /services/*.yaml} covers every YAML file under a services folder,
     * at any depth, while {@code **}{@code /*.yaml} would miss files right in the folder. Patterns name folders
     * rather than all YAML files so that {@code pd-gitops.yaml} gets only its own schema: a file matched twice is
     * checked against both.
     *
     * @param schemaFolder the schemas folder, relative to the configuration folder
     * @param folders the folders that hold the object files, relative to the configuration folder
     */
    public static String vscode(String schemaFolder, List<String> folders) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode schemas = root.putObject("yaml.schemas");
        schemas.putArray(schemaFolder + "/" + SchemaCatalog.SETTINGS).add("/" + RepoSettings.FILE_NAME);
        var objects = schemas.putArray(schemaFolder + "/" + SchemaCatalog.DOCUMENT);
        for (String folder : folders) {
            objects.add("/" + folder + "/*.yaml").add("/" + folder + "/*.yml");
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }
}
