package io.pdgitops.conformance;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * PagerDuty's official OpenAPI 3.0 document, read from the shared folder (it may not be redistributed, so it is
 * not in the project). Schemas are compiled by networknt's OpenAPI 3.0 dialect ({@code nullable}, {@code $ref}s
 * into {@code #/components/...} of the same document) once per location and kept.
 */
final class OpenApiSpec {

    /** Relative to the project root, where Maven runs the tests. */
    static final Path LOCATION = Path.of("../shared/pagerduty-api/openapiv3.json");
    private static final String ID = "https://pd-gitops.io/conformance/pagerduty-openapiv3.json";
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    /**
     * OpenAPI 3.0's dialect, told that the document's top-level fields are no schema keywords: the whole document
     * is loaded as one schema resource so that {@code $ref}s into {@code #/components} resolve.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getOpenApi30())
            .keywords(Stream.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs")
                    .map(NonValidationKeyword::new).toList())
            .build();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiSpec(String text) throws IOException {
        this.document = new ObjectMapper().readTree(text);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build();
        this.registry = SchemaRegistry.withDialect(DIALECT,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(ID, text)));
        this.operations = operationsOf(document);
    }

    static boolean available() {
        return Files.isRegularFile(LOCATION);
    }

    static OpenApiSpec load() throws IOException {
        return new OpenApiSpec(Files.readString(LOCATION, StandardCharsets.UTF_8));
    }

    /**
     * The operation serving {@code method} on a concrete {@code path}; where templates overlap
     * ({@code /schedules/preview} and {@code /schedules/{id}}) the one with more literal segments wins.
     */
    Optional<Operation> operation(String method, String path) {
        String verb = method.toLowerCase(Locale.ROOT);
        return operations.stream()
                .filter(operation -> operation.method().equals(verb) && operation.matches(path))
                .max(Comparator.comparingInt(Operation::literalSegments));
    }

    /** The query parameters the operation declares (its own and its path's), by name as sent, e.g. {@code include[]}. */
    List<JsonNode> queryParameters(Operation operation) {
        List<JsonNode> declared = new ArrayList<>();
        for (JsonNode holder : List.of(operation.node(), pathItem(operation))) {
            for (JsonNode parameter : holder.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if (resolved.path("in").asText().equals("query")) {
                    declared.add(resolved);
                }
            }
        }
        return declared;
    }

    /** The request body's JSON schema location, if the operation takes one. */
    Optional<String> requestSchema(Operation operation) {
        return jsonSchemaOf(operation.pointer() + "/requestBody");
    }

    /** The declared response for {@code status} (or {@code default}): present even when it has no body. */
    Optional<String> response(Operation operation, int status) {
        JsonNode responses = operation.node().path("responses");
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
        return responses.has(key) ? Optional.of(operation.pointer() + "/responses/" + key) : Optional.empty();
    }

    /** The JSON schema location of a response found by {@link #response}, if it declares a JSON body. */
    Optional<String> responseSchema(String responsePointer) {
        return jsonSchemaOf(responsePointer);
    }

    /** The compiled schema at a JSON pointer into the document; compiled once. */
    Schema schema(String pointer) {
        return compiled.computeIfAbsent(pointer, at -> registry.getSchema(SchemaLocation.of(ID + "#" + at)));
    }

    JsonNode node(String pointer) {
        return document.at(JsonPointer.compile(pointer));
    }

    /** Follows a {@code $ref} chain ({@code #/components/...}) inside the document. */
    private String followRefs(String pointer) {
        String at = pointer;
        for (int hops = 0; hops < 16 && node(at).has("$ref"); hops++) {
            at = node(at).get("$ref").asText().substring(1);
        }
        return at;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? node(followRefs(node.get("$ref").asText().substring(1))) : node;
    }

    private Optional<String> jsonSchemaOf(String holderPointer) {
        String holder = followRefs(holderPointer);
        String schema = holder + "/content/" + escape("application/json") + "/schema";
        return node(schema).isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    private JsonNode pathItem(Operation operation) {
        return document.path("paths").path(operation.template());
    }

    private static List<Operation> operationsOf(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode node = path.getValue().get(method);
                if (node != null) {
                    found.add(new Operation(method, path.getKey(), node,
                            "/paths/" + escape(path.getKey()) + "/" + method));
                }
            }
        });
        return List.copyOf(found);
    }

    /** Whether a concrete path such as {@code /services/P1} fits a template such as {@code /services/{id}}. */
    static boolean templateMatches(String template, String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].startsWith("{") && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * One method on one path template of the spec.
     *
     * @param method  lower case, as the spec writes it
     * @param pointer the JSON pointer of the operation object in the document
     */
    record Operation(String method, String template, JsonNode node, String pointer) {

        boolean matches(String path) {
            return templateMatches(template, path);
        }

        int literalSegments() {
            return (int) Arrays.stream(template.split("/")).filter(part -> !part.startsWith("{")).count();
        }

        /** {@code GET /services/{id}}, the form the deviation list uses. */
        String route() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }
}
