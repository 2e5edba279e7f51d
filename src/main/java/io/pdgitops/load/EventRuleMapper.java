package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a service's {@code event_rules}, {@code catch_all} and {@code alert_grouping_parameters} from a schema-valid document. */
final class EventRuleMapper {

    private EventRuleMapper() {
    }

    /** The rules with the catch-all beside them; a {@code catch_all} without {@code event_rules} is refused by validation. */
    static Optional<EventRules> rules(Fields service) {
        EventRule catchAll = service.optionalObject(EventRules.CATCH_ALL).map(EventRuleMapper::rule)
                .orElse(EventRule.none(EventRules.CATCH_ALL));
        return service.optionalObjects("event_rules")
                .map(rules -> EventRules.declared(rules.stream().map(EventRuleMapper::rule).toList(), catchAll));
    }

    static Optional<AlertGrouping> grouping(Fields service) {
        return service.optionalObject("alert_grouping_parameters").map(grouping -> {
            Optional<Fields> config = grouping.optionalObject("config");
            return new AlertGrouping(grouping.optionalText("type"),
                    config.flatMap(c -> c.optionalText("aggregate")),
                    config.flatMap(c -> c.optionalTextList("fields")),
                    config.flatMap(c -> c.optionalDuration("time_window")),
                    config.flatMap(c -> c.optionalDuration("timeout")));
        });
    }

    private static EventRule rule(Fields rule) {
        return new EventRule(
                rule.optionalText("label"),
                conditions(rule.raw("when")),
                rule.optionalText("severity"),
                rule.optionalBoolean("suppress"),
                rule.optionalDuration("suspend"),
                rule.optionalText("event_action"),
                rule.optionalText("annotate"),
                listOfMaps(rule.raw("variables")),
                listOfMaps(rule.raw("extractions")),
                rule.optionalBoolean("disabled").orElse(false),
                Map.of(),
                rule.path());
    }

    /** One condition may be written without a list around it. */
    private static List<String> conditions(JsonNode when) {
        List<String> conditions = new ArrayList<>();
        if (when.isTextual()) {
            conditions.add(when.asText());
        } else {
            when.forEach(condition -> conditions.add(condition.asText()));
        }
        return conditions;
    }

    private static List<Map<String, Object>> listOfMaps(JsonNode value) {
        return value.isArray() ? PlainValues.listOfMaps(value) : List.of();
    }
}
