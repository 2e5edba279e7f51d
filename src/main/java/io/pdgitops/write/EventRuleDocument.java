package io.pdgitops.write;

import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service's {@code event_rules}, {@code catch_all} and {@code alert_grouping_parameters} as YAML fields. */
final class EventRuleDocument {

    private EventRuleDocument() {
    }

    static List<Map<String, Object>> rules(EventRules rules) {
        return rules.rules().stream().map(EventRuleDocument::rule).toList();
    }

    /** The catch-all's actions, spelled as a rule's; none when it has none, PagerDuty's default. */
    static Optional<Map<String, Object>> catchAll(EventRules rules) {
        return Optional.of(rules.catchAll()).filter(catchAll -> !catchAll.hasNoActions()).map(EventRuleDocument::rule);
    }

    /** One condition is written without a list around it, as people write it. */
    private static Map<String, Object> rule(EventRule rule) {
        List<String> conditions = rule.conditions();
        Optional<Object> when = conditions.isEmpty() ? Optional.empty()
                : Optional.of(conditions.size() == 1 ? conditions.get(0) : conditions);
        return new DocumentFields()
                .putIfPresent("label", rule.label())
                .putIfPresent("when", when)
                .putIfPresent("severity", rule.severity())
                .putIfPresent("suppress", rule.suppress())
                .putIfPresent("suspend", rule.suspend().map(YamlValues::duration))
                .putIfPresent("event_action", rule.eventAction())
                .putIfPresent("annotate", rule.annotate())
                .putIfPresent("variables", Optional.of(rule.variables()).filter(list -> !list.isEmpty()))
                .putIfPresent("extractions", Optional.of(rule.extractions()).filter(list -> !list.isEmpty()))
                .putIfPresent("disabled", Optional.of(true).filter(yes -> rule.disabled()))
                .map();
    }

    static Map<String, Object> grouping(AlertGrouping grouping) {
        DocumentFields config = new DocumentFields()
                .putIfPresent("aggregate", grouping.aggregate())
                .putIfPresent("fields", grouping.fields())
                .putIfPresent("time_window", grouping.timeWindow().map(YamlValues::duration))
                .putIfPresent("timeout", grouping.timeout().map(YamlValues::duration));
        return new DocumentFields()
                .put("type", grouping.type().orElse(null))
                .putIfPresent("config", Optional.of(config.map()).filter(map -> !map.isEmpty()))
                .map();
    }
}
