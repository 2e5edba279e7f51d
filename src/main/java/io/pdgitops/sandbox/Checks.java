package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Input checks that several resources share; each failure is a PagerDuty-style 400. */
final class Checks {

    private Checks() {
    }

    static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            throw PagerDutyError.invalid(capitalised(field) + " can't be blank");
        }
        return value.asText();
    }

    static void maxLength(JsonNode body, String field, int max) {
        if (body.path(field).asText("").length() > max) {
            throw PagerDutyError.invalid(capitalised(field) + " is too long (maximum is " + max + " characters)");
        }
    }

    static void oneOf(JsonNode body, String field, Set<String> allowed) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !allowed.contains(value.asText())) {
            throw PagerDutyError.invalid(capitalised(field) + " must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    static ZoneId timeZone(String value) {
        try {
            if (value == null || !value.contains("/") && !value.equals("UTC")) {
                throw new DateTimeException("not an IANA zone");
            }
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw PagerDutyError.invalid("Time zone '" + value + "' is not a valid IANA time zone");
        }
    }

    static Instant timestamp(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw PagerDutyError.invalid(capitalised(field) + " can't be blank");
        }
        return timestamp(field, value.asText());
    }

    static Instant timestamp(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw PagerDutyError.invalid(capitalised(field) + " '" + text + "' is not an ISO 8601 date-time with offset");
        }
    }

    static void uniqueName(Collection<ObjectNode> existing, String name, String ownId, String message) {
        unique(existing, "name", name, ownId, message);
    }

    /** No other object has {@code value} in {@code field}, compared case-insensitively. */
    static void unique(Collection<ObjectNode> existing, String field, String value, String ownId, String message) {
        boolean taken = existing.stream()
                .anyMatch(other -> !other.path("id").asText().equals(ownId)
                        && other.path(field).asText().equalsIgnoreCase(value));
        if (taken) {
            throw PagerDutyError.invalid(message);
        }
    }

    /** The id of a reference {@code {id, type}}, requiring the type to be one of {@code types}. */
    static String referenceId(JsonNode reference, String what, Set<String> types) {
        if (reference == null || !reference.isObject() || !reference.path("id").isTextual()) {
            throw PagerDutyError.invalid(capitalised(what) + " must be a reference with an id");
        }
        String type = reference.path("type").asText("");
        if (!types.contains(type)) {
            throw PagerDutyError.invalid(capitalised(what) + " type must be one of " + String.join(", ", types.stream().sorted().toList()));
        }
        return reference.path("id").asText();
    }

    static String capitalised(String field) {
        String words = field.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
