package io.pdgitops.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.pdgitops.model.ObjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of {@code schemas/}, as packaged in the jar under {@code /schemas}. The validator
 * uses exactly these files, so editors and pd-gitops can never disagree about the format.
 */
public final class SchemaCatalog {

    public static final String BASE_URI = "https://pd-gitops.io/schemas/";
    public static final String SETTINGS = "settings.schema.json";
    public static final String DOCUMENT = "pd-gitops.schema.json";
    public static final String ROSTER = "roster.schema.json";
    public static final String MAINTENANCE_WINDOW = "maintenance-window.schema.json";
    public static final String USER = "user.schema.json";
    public static final List<String> FILES = List.of(
            "common.schema.json",
            "team.schema.json",
            "schedule.schema.json",
            "escalation-policy.schema.json",
            "service.schema.json",
            "business-service.schema.json",
            "webhook-subscription.schema.json",
            ROSTER,
            MAINTENANCE_WINDOW,
            USER,
            SETTINGS,
            DOCUMENT);

    private static final Map<ObjectKind, String> KIND_FILES = Map.of(
            ObjectKind.TEAM, "team.schema.json",
            ObjectKind.SCHEDULE, "schedule.schema.json",
            ObjectKind.ESCALATION_POLICY, "escalation-policy.schema.json",
            ObjectKind.SERVICE, "service.schema.json",
            ObjectKind.BUSINESS_SERVICE, "business-service.schema.json",
            ObjectKind.WEBHOOK_SUBSCRIPTION, "webhook-subscription.schema.json");

    private final Map<String, String> textsById;
    private final Map<String, JsonNode> treesById;

    private SchemaCatalog(Map<String, String> textsById, Map<String, JsonNode> treesById) {
        this.textsById = textsById;
        this.treesById = treesById;
    }

    public static SchemaCatalog fromClasspath() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (String file : FILES) {
            String text = readResource("/schemas/" + file);
            try {
                trees.put(BASE_URI + file, mapper.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException("schema " + file + " is not valid JSON", e);
            }
            texts.put(BASE_URI + file, text);
        }
        return new SchemaCatalog(Map.copyOf(texts), Map.copyOf(trees));
    }

    /** The file that describes one kind of document. */
    public static String fileFor(ObjectKind kind) {
        return KIND_FILES.get(kind);
    }

    /** Schema texts keyed by {@code $id}. */
    public Map<String, String> textsById() {
        return textsById;
    }

    /**
     * The schema node at a location like {@code https://pd-gitops.io/schemas/service.schema.json#/properties/name},
     * or a missing node when the location is not one of ours.
     */
    public JsonNode nodeAt(String location) {
        int hash = location.indexOf('#');
        String id = hash < 0 ? location : location.substring(0, hash);
        JsonNode tree = treesById.get(id);
        if (tree == null) {
            return MissingNode.getInstance();
        }
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        return fragment.isEmpty() ? tree : tree.at(JsonPointer.compile(fragment));
    }

    private static String readResource(String path) {
        try (InputStream in = SchemaCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
