package io.pdgitops.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    /** What {@link #withFolder} made of a settings file. */
    public enum Merge {
        /** The folder was already covered by a pattern of the document schema. */
        COVERED,
        /** A pattern for the folder was added. */
        ADDED,
        /** The file maps no pd-gitops document schema: the user's own settings, left alone. */
        NO_MAPPING,
        /** The file is not a JSON object: left alone. */
        UNREADABLE
    }

    /** The outcome, and the new text when a pattern was added. */
    public record Merged(Merge merge, String text) {
    }

    /**
     * Adds the patterns of a folder that now holds objects to the document schema's mapping of existing settings,
     * keeping every other setting. A folder under one already mapped ({@code services/nagios} under
     * {@code /services/*.yaml}) is covered, since patterns match at any depth.
     */
    public static Merged withFolder(String settings, String folder) {
        JsonNode root;
        try {
            root = JSON.readTree(settings);
        } catch (JsonProcessingException e) {
            return new Merged(Merge.UNREADABLE, settings);
        }
        if (root == null || !root.isObject() || !root.path("yaml.schemas").isObject()) {
            return new Merged(root != null && root.isObject() ? Merge.NO_MAPPING : Merge.UNREADABLE, settings);
        }
        ObjectNode schemas = (ObjectNode) root.path("yaml.schemas");
        String key = null;
        for (var names = schemas.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.endsWith("/" + SchemaCatalog.DOCUMENT) || name.equals(SchemaCatalog.DOCUMENT)) {
                key = name;
            }
        }
        if (key == null || !schemas.path(key).isArray()) {
            return new Merged(Merge.NO_MAPPING, settings);
        }
        ArrayNode patterns = (ArrayNode) schemas.path(key);
        for (JsonNode pattern : patterns) {
            String mapped = pattern.asText().replaceAll("^/+", "").replaceAll("/\\*\\.ya?ml$", "");
            if (folder.equals(mapped) || folder.startsWith(mapped + "/")) {
                return new Merged(Merge.COVERED, settings);
            }
        }
        patterns.add("/" + folder + "/*.yaml").add("/" + folder + "/*.yml");
        try {
            return new Merged(Merge.ADDED, JSON.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from JSON always serializes", e);
        }
    }
}
