package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.pdgitops.load.ParsedFile;
import io.pdgitops.load.YamlDocument;
import io.pdgitops.load.YamlFileParser;
import io.pdgitops.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The files in {@code schemas/} are the published contract: check them as editors will use them. */
class SchemaFilesTest {

    private static final Path SCHEMAS = Path.of("schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Subschemas that only test or combine values; they describe no field of their own. */
    private static final Set<String> CONDITION_KEYWORDS = Set.of("if", "then", "else", "contains", "not");

    static List<String> files() {
        return SchemaCatalog.FILES;
    }

    @Test
    void theFolderHoldsExactlyTheCatalogFiles() throws IOException {
        try (var listing = Files.list(SCHEMAS)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(SchemaCatalog.FILES);
        }
    }

    @Test
    void theMetaSchemaCheckRejectsABrokenSchema() throws IOException {
        assertThat(metaSchema().validate(JSON.readTree("{\"type\": 5, \"properties\": []}"))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("files")
    void isAValidDraft202012SchemaWithIdAndTitle(String file) throws IOException {
        JsonNode schema = read(file);

        assertThat(metaSchema().validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(SchemaCatalog.BASE_URI + file);
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyPropertyHasADescriptionAndEveryObjectIsClosed(String file) throws IOException {
        List<String> problems = new ArrayList<>();
        inspect(read(file), "#", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theDispatcherSchemaAcceptsValidDocumentsAndRejectsBrokenOnes() throws IOException {
        Schema dispatcher = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemas(SchemaCatalog.fromClasspath().textsById()))
                .getSchema(SchemaLocation.of(SchemaCatalog.BASE_URI + SchemaCatalog.DOCUMENT));
        List<YamlDocument> valid = documents("src/test/resources/validate/valid-example/repo/payments.yaml");
        assertThat(valid).hasSize(4);
        for (YamlDocument document : valid) {
            assertThat(dispatcher.validate(document.tree())).as(document.tree().path("kind").asText()).isEmpty();
        }
        for (YamlDocument document : documents("src/test/resources/validate/unknown-field/repo/typos.yaml")) {
            if (Set.of("Service", "Team").contains(document.tree().path("kind").asText())) {
                assertThat(dispatcher.validate(document.tree())).as(document.tree().toString()).isNotEmpty();
            }
        }
        for (YamlDocument document : documents("src/test/resources/validate/unknown-kind/repo/kinds.yaml")) {
            assertThat(dispatcher.validate(document.tree())).isNotEmpty();
        }
    }

    private static Schema metaSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    private static List<YamlDocument> documents(String file) throws IOException {
        ParsedFile parsed = new YamlFileParser(LoadLimits.defaults()).parse(file, Files.readString(Path.of(file)));
        assertThat(parsed.violations()).isEmpty();
        return parsed.documents();
    }

    private static void inspect(JsonNode schema, String where, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        // the dispatcher only routes on kind; the kind schema it routes to closes the object
        boolean dispatcher = schema.path("$id").asText().endsWith(SchemaCatalog.DOCUMENT);
        if (!dispatcher && schema.path("type").asText().equals("object") && !schema.path("additionalProperties").equals(JSON.getNodeFactory().booleanNode(false))) {
            problems.add(where + " is an object schema without additionalProperties: false");
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (!property.getValue().path("description").isTextual()) {
                problems.add(where + "/properties/" + property.getKey() + " has no description");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (CONDITION_KEYWORDS.contains(field.getKey())) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    inspect(value.get(i), where + "/" + field.getKey() + "/" + i, problems);
                }
            } else {
                inspect(value, where + "/" + field.getKey(), problems);
            }
        }
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(file).toFile());
    }
}
