package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.Durations;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Timeout;
import io.pdgitops.validate.DisplayPath;
import io.pdgitops.model.Suggestions;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, position-aware access to the fields of one mapping in a schema-valid document. The schema
 * has already checked shapes; what is left are value checks the schema cannot express (a real
 * time zone, a real date), which are collected into the shared violation list.
 */
final class Fields {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final JsonNode node;
    private final String path;
    private final Origin origin;
    private final List<Violation> violations;

    Fields(JsonNode node, String path, Origin origin, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.origin = origin;
        this.violations = violations;
    }

    static Fields root(ObjectNode document, Origin origin, List<Violation> violations) {
        return new Fields(document, FieldPath.ROOT, origin, violations);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return FieldPath.child(path, field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    String text(String field) {
        return node.path(field).asText();
    }

    Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    Optional<Integer> optionalInt(String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToInt() ? Optional.empty() : Optional.of(value.intValue());
    }

    Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isBoolean() ? Optional.empty() : Optional.of(value.booleanValue());
    }

    Optional<List<String>> optionalTextList(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        value.forEach(item -> texts.add(item.asText()));
        return Optional.of(texts);
    }

    List<String> textList(String field) {
        return optionalTextList(field).orElse(List.of());
    }

    Optional<Fields> optionalObject(String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isObject()
                ? Optional.empty()
                : Optional.of(new Fields(value, pathOf(field), origin, violations));
    }

    /** Items of a list of mappings; empty when the field is absent. */
    Optional<List<Fields>> optionalObjects(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new Fields(value.get(i), FieldPath.child(pathOf(field), i), origin, violations));
        }
        return Optional.of(items);
    }

    List<Fields> objects(String field) {
        return optionalObjects(field).orElse(List.of());
    }

    /** The raw value, for PagerDuty-shaped passthrough fields. */
    JsonNode raw(String field) {
        return node.path(field);
    }

    Duration duration(String field) {
        return optionalDuration(field).orElse(null);
    }

    Optional<Duration> optionalDuration(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        Optional<Duration> parsed = value.canConvertToLong()
                ? Optional.of(Duration.ofSeconds(value.longValue()))
                : Durations.parse(value.asText());
        if (parsed.isEmpty()) {
            report(ViolationCode.INVALID_DURATION, field, "`" + display(field) + "` is too large");
        }
        return parsed;
    }

    /** Absent: not managed; {@code null}: disabled; otherwise a duration. */
    Optional<Timeout> optionalTimeout(String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        if (node.get(field).isNull()) {
            return Optional.of(Timeout.disabled());
        }
        return optionalDuration(field).map(Timeout::after);
    }

    ZoneId zone(String field) {
        return optionalZone(field).orElse(null);
    }

    Optional<ZoneId> optionalZone(String field) {
        return optionalText(field).flatMap(name -> {
            if (ZONES.contains(name)) {
                return Optional.of(ZoneId.of(name));
            }
            report(ViolationCode.UNKNOWN_TIME_ZONE, field, "`" + name + "` is not an IANA time zone"
                    + Suggestions.hint(name, ZONES));
            return Optional.empty();
        });
    }

    OffsetDateTime dateTime(String field) {
        return optionalDateTime(field).orElse(null);
    }

    Optional<OffsetDateTime> optionalDateTime(String field) {
        return optionalText(field).flatMap(text -> parse(field, text, OffsetDateTime::parse));
    }

    LocalDate date(String field) {
        return optionalText(field).flatMap(text -> parse(field, text, LocalDate::parse)).orElse(null);
    }

    LocalTime time(String field) {
        return optionalText(field).flatMap(text -> parse(field, text, LocalTime::parse)).orElse(null);
    }

    Optional<DayOfWeek> optionalDay(String field) {
        JsonNode value = node.get(field);
        return value == null ? Optional.empty() : Optional.of(day(value));
    }

    List<DayOfWeek> days(String field) {
        List<DayOfWeek> days = new ArrayList<>();
        node.path(field).forEach(value -> days.add(day(value)));
        return days;
    }

    /** Reports a problem at one of this mapping's fields. */
    void report(ViolationCode code, String field, String message) {
        violations.add(Violation.error(code, origin.locationOf(pathOf(field)), message));
    }

    String display(String field) {
        return DisplayPath.of(pathOf(field));
    }

    private static DayOfWeek day(JsonNode value) {
        return value.isIntegralNumber() ? DayOfWeek.of(value.intValue()) : DayOfWeek.of(DAYS.indexOf(value.asText()) + 1);
    }

    private <T> Optional<T> parse(String field, String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (DateTimeException e) {
            report(ViolationCode.INVALID_DATE_TIME, field, "`" + display(field) + "`: `" + text + "` is not a real date or time");
            return Optional.empty();
        }
    }
}
