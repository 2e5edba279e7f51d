package io.pdgitops.validate;

import io.pdgitops.model.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.User;
import java.util.EnumMap;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

/**
 * Checks documents against the JSON Schemas in {@code schemas/}. The schemas are compiled once per
 * instance; an instance is thread-safe, so create one and reuse it.
 */
public final class SchemaValidator {

    private static final List<String> KIND_NAMES = Stream.concat(
            Stream.of(ObjectKind.values()).map(ObjectKind::yamlName),
            Stream.of(Roster.KIND, MaintenanceWindow.KIND, User.KIND)).toList();

    private final Map<ObjectKind, Schema> kindSchemas = new EnumMap<>(ObjectKind.class);
    private final Schema rosterSchema;
    private final Schema maintenanceWindowSchema;
    private final Schema userSchema;
    private final Schema settingsSchema;
    private final SchemaErrorTranslator translator;

    public SchemaValidator(SchemaCatalog catalog) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(catalog.textsById()));
        for (ObjectKind kind : ObjectKind.values()) {
            kindSchemas.put(kind, compile(registry, SchemaCatalog.fileFor(kind)));
        }
        rosterSchema = compile(registry, SchemaCatalog.ROSTER);
        maintenanceWindowSchema = compile(registry, SchemaCatalog.MAINTENANCE_WINDOW);
        userSchema = compile(registry, SchemaCatalog.USER);
        settingsSchema = compile(registry, SchemaCatalog.SETTINGS);
        translator = new SchemaErrorTranslator(catalog);
    }

    public static SchemaValidator fromClasspath() {
        return new SchemaValidator(SchemaCatalog.fromClasspath());
    }

    /**
     * One validator of the bundled schemas for the whole process: compiling them is a good part of a short
     * command's run, and a validator holds nothing but the compiled schemas, so every loader can share it.
     */
    public static SchemaValidator shared() {
        return Shared.INSTANCE;
    }

    /** Compiled on first use, once, by whichever thread asks first (the JVM's class initialisation). */
    private static final class Shared {
        static final SchemaValidator INSTANCE = fromClasspath();
    }

    /** Checks a kind document: {@code kind} picks the schema. */
    public List<Violation> validateDocument(ObjectNode document, Origin origin) {
        JsonNode kind = document.get("kind");
        if (kind == null) {
            return List.of(Violation.error(ViolationCode.MISSING_FIELD, origin.location(),
                    "missing required field `kind` (one of " + String.join(", ", KIND_NAMES) + ")"));
        }
        if (Roster.KIND.equals(kind.asText())) {
            return translator.translate(rosterSchema.validate(document), origin);
        }
        if (MaintenanceWindow.KIND.equals(kind.asText())) {
            return translator.translate(maintenanceWindowSchema.validate(document), origin);
        }
        if (User.KIND.equals(kind.asText())) {
            return translator.translate(userSchema.validate(document), origin);
        }
        ObjectKind objectKind = kind.isTextual() ? ObjectKind.fromYamlName(kind.asText()).orElse(null) : null;
        if (objectKind == null) {
            String text = kind.isTextual() ? kind.asText() : kind.toString();
            return List.of(Violation.error(ViolationCode.UNKNOWN_KIND, origin.locationOf(FieldPath.of("kind")),
                    "unknown kind `" + text + "`; expected one of " + String.join(", ", KIND_NAMES)
                            + Suggestions.hint(text, KIND_NAMES)));
        }
        return translator.translate(kindSchemas.get(objectKind).validate(document), origin);
    }

    /** Checks the contents of {@code pd-gitops.yaml}. */
    public List<Violation> validateSettings(ObjectNode document, Origin origin) {
        return translator.translate(settingsSchema.validate(document), origin);
    }

    private static Schema compile(SchemaRegistry registry, String file) {
        Schema schema = registry.getSchema(SchemaLocation.of(SchemaCatalog.BASE_URI + file));
        schema.initializeValidators(); // resolve every $ref now, not on the first document
        return schema;
    }
}
