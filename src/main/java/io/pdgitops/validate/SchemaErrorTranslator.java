package io.pdgitops.validate;

import io.pdgitops.model.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the validator's errors as violations people can act on: a stable code per keyword, the
 * field in YAML terms, the file position, a "did you mean" for typos, and the reason behind
 * conditional rules (e.g. "vendor is allowed only when type is vendor").
 */
final class SchemaErrorTranslator {

    private static final int MAX_VALUE_LENGTH = 60;

    private final SchemaCatalog catalog;

    SchemaErrorTranslator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    List<Violation> translate(List<Error> errors, Origin origin) {
        Set<Violation> violations = new LinkedHashSet<>();
        Map<String, List<Error>> alternatives = new LinkedHashMap<>();
        for (Error error : errors) {
            String path = pointer(error.getInstanceLocation());
            String evaluation = error.getEvaluationPath().toString();
            int anyOf = evaluation.indexOf("/anyOf/");
            if (anyOf >= 0) {
                // one message per value that matches none of the alternatives, not one per alternative
                alternatives.computeIfAbsent(path + "|" + evaluation.substring(0, anyOf), key -> new ArrayList<>()).add(error);
            } else {
                violations.add(translate(error, path, origin));
            }
        }
        alternatives.values().forEach(group -> violations.add(noAlternativeMatches(group, origin)));
        return new ArrayList<>(violations);
    }

    private Violation translate(Error error, String path, Origin origin) {
        String keyword = error.getKeyword();
        String schemaLocation = error.getSchemaLocation().toString();
        String field = "`" + DisplayPath.of(path) + "`";
        return switch (keyword) {
            case "additionalProperties", "unevaluatedProperties" -> unknownField(error, path, schemaLocation, origin);
            case "required" -> violation(ViolationCode.MISSING_FIELD, origin, path,
                    "missing required field `" + error.getProperty() + "`" + where(path)
                            + Conditions.because(catalog, schemaLocation, true));
            case "false" -> Violation.error(ViolationCode.FORBIDDEN_FIELD, origin.keyLocationOf(path),
                    "field " + field + " is not allowed here" + Conditions.because(catalog, schemaLocation, false));
            case "type" -> violation(ViolationCode.WRONG_TYPE, origin, path,
                    field + " must be " + expectedType(schemaLocation) + ", not " + typeOf(error.getInstanceNode()));
            case "enum", "const" -> invalidValue(error, path, schemaLocation, origin);
            case "pattern", "format" -> violation(ViolationCode.INVALID_FORMAT, origin, path,
                    field + ": " + value(error.getInstanceNode()) + " is not a valid " + describeParent(schemaLocation));
            case "minimum", "exclusiveMinimum" -> violation(ViolationCode.OUT_OF_RANGE, origin, path,
                    field + " must be at least " + limit(schemaLocation) + ", not " + error.getInstanceNode());
            case "maximum", "exclusiveMaximum" -> violation(ViolationCode.OUT_OF_RANGE, origin, path,
                    field + " must be at most " + limit(schemaLocation) + ", not " + error.getInstanceNode());
            case "minLength" -> violation(ViolationCode.OUT_OF_RANGE, origin, path, field + " must not be empty");
            case "maxLength" -> violation(ViolationCode.OUT_OF_RANGE, origin, path,
                    field + " must be at most " + limit(schemaLocation) + " characters long");
            case "minItems" -> violation(ViolationCode.TOO_FEW_ITEMS, origin, path,
                    field + " needs at least " + limit(schemaLocation) + " item(s)");
            case "maxItems" -> violation(ViolationCode.TOO_MANY_ITEMS, origin, path,
                    field + " has " + error.getInstanceNode().size() + " items; at most " + limit(schemaLocation) + " allowed");
            case "minProperties", "maxProperties" -> violation(ViolationCode.SCHEMA_VIOLATION, origin, path,
                    field + " must have " + (keyword.equals("maxProperties") ? "at most " : "at least ")
                            + limit(schemaLocation) + " of " + propertyNames(schemaLocation));
            case "uniqueItems" -> violation(ViolationCode.DUPLICATE_ITEM, origin, path, field + " lists the same item twice");
            default -> violation(ViolationCode.SCHEMA_VIOLATION, origin, path,
                    field + " is not valid: " + describeParent(schemaLocation));
        };
    }

    private Violation unknownField(Error error, String path, String schemaLocation, Origin origin) {
        String property = error.getProperty();
        return Violation.error(ViolationCode.UNKNOWN_FIELD, origin.keyLocationOf(FieldPath.child(path, property)),
                "unknown field `" + property + "`" + where(path) + Suggestions.hint(property, knownProperties(schemaLocation)));
    }

    private List<String> knownProperties(String schemaLocation) {
        List<String> known = new ArrayList<>();
        Iterator<String> names = catalog.nodeAt(parentOf(schemaLocation)).path("properties").fieldNames();
        names.forEachRemaining(known::add);
        return known;
    }

    private String propertyNames(String schemaLocation) {
        return String.join(", ", knownProperties(schemaLocation).stream().map(name -> "`" + name + "`").toList());
    }

    private Violation invalidValue(Error error, String path, String schemaLocation, Origin origin) {
        JsonNode allowed = catalog.nodeAt(schemaLocation);
        List<String> options = new ArrayList<>();
        if (allowed.isArray()) {
            allowed.forEach(option -> options.add(option.asText()));
        } else {
            options.add(allowed.asText());
        }
        JsonNode actual = error.getInstanceNode();
        String hint = actual.isTextual() && options.size() > 1 ? Suggestions.hint(actual.asText(), options) : "";
        String expected = options.size() == 1 ? "`" + options.get(0) + "`" : "one of " + String.join(", ", options);
        return violation(ViolationCode.INVALID_VALUE, origin, path,
                "`" + DisplayPath.of(path) + "` is " + value(actual) + "; expected " + expected + hint);
    }

    private Violation noAlternativeMatches(List<Error> group, Origin origin) {
        Error first = group.get(0);
        String path = pointer(first.getInstanceLocation());
        String description = group.stream()
                .map(error -> error.getSchemaLocation().toString())
                .filter(location -> location.contains("/anyOf/"))
                .findFirst()
                .map(location -> catalog.nodeAt(location.substring(0, location.indexOf("/anyOf/"))).path("description").asText(""))
                .orElse("");
        return violation(ViolationCode.INVALID_VALUE, origin, path, "`" + DisplayPath.of(path) + "` is "
                + value(first.getInstanceNode()) + "; expected " + (description.isEmpty() ? "another value" : lowerFirst(description)));
    }

    private static Violation violation(ViolationCode code, Origin origin, String path, String message) {
        return Violation.error(code, origin.locationOf(path), message);
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : " in `" + DisplayPath.of(path) + "`";
    }

    private String describeParent(String schemaLocation) {
        JsonNode parent = catalog.nodeAt(parentOf(schemaLocation));
        String description = parent.path("description").asText("");
        return description.isEmpty() ? "value" : lowerFirst(description);
    }

    private String expectedType(String schemaLocation) {
        JsonNode type = catalog.nodeAt(schemaLocation);
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(name -> names.add(article(name.asText())));
            return String.join(" or ", names);
        }
        return article(type.asText());
    }

    private String limit(String schemaLocation) {
        return catalog.nodeAt(schemaLocation).asText();
    }

    static String parentOf(String schemaLocation) {
        return schemaLocation.substring(0, schemaLocation.lastIndexOf('/'));
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append(FieldPath.child("", path.getElement(i)));
        }
        return pointer.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "object" -> "an " + type;
            case "array" -> "a list";
            case "null" -> "null";
            case "string" -> "a string";
            default -> "a " + type;
        };
    }

    static String typeOf(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "null";
    }

    static String value(JsonNode node) {
        String text = node.isTextual() ? node.asText() : node.toString();
        if (text.length() > MAX_VALUE_LENGTH) {
            text = text.substring(0, MAX_VALUE_LENGTH) + "...";
        }
        return "`" + text + "`";
    }

    /** A schema description as part of a sentence: lower-case start, no final period. */
    private static String lowerFirst(String text) {
        String phrase = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        boolean acronym = phrase.length() > 1 && Character.isUpperCase(phrase.charAt(1));
        return phrase.isEmpty() || acronym ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
