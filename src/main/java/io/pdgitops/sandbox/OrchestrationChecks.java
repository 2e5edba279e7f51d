package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What PagerDuty refuses in a service orchestration: sets without a {@code start} set first, repeated set ids, a
 * {@code route_to} that names no later set, blank conditions, and action values outside the spec's enums.
 */
final class OrchestrationChecks {

    private static final Set<String> SEVERITIES = Set.of("info", "warning", "error", "critical");
    private static final Set<String> EVENT_ACTIONS = Set.of("trigger", "resolve");

    private OrchestrationChecks() {
    }

    static void check(JsonNode path) {
        JsonNode sets = path.path("sets");
        if (!sets.isArray() || sets.isEmpty() || !sets.get(0).path("id").asText().equals("start")) {
            throw PagerDutyError.invalid("Orchestration must contain a 'start' set as its first set");
        }
        List<JsonNode> all = Json.elements(sets);
        Set<String> ids = new HashSet<>();
        for (JsonNode set : all) {
            if (!ids.add(set.path("id").asText())) {
                throw PagerDutyError.invalid("Set ids must be unique: '" + set.path("id").asText() + "' repeats");
            }
        }
        for (JsonNode set : all) {
            JsonNode rules = set.path("rules");
            if (!rules.isMissingNode() && !rules.isArray()) {
                throw PagerDutyError.invalid("Rules of set '" + set.path("id").asText() + "' must be an array");
            }
            for (JsonNode rule : Json.elements(rules)) {
                checkRule(rule, ids, set.path("id").asText());
            }
        }
        checkActions(path.path("catch_all").path("actions"));
        if (path.path("catch_all").path("actions").has("route_to")) {
            throw PagerDutyError.invalid("A catch-all cannot route to another set");
        }
    }

    private static void checkRule(JsonNode rule, Set<String> ids, String ownSet) {
        JsonNode conditions = rule.path("conditions");
        if (!conditions.isMissingNode() && !conditions.isArray()) {
            throw PagerDutyError.invalid("Conditions must be an array");
        }
        for (JsonNode condition : Json.elements(conditions)) {
            if (condition.path("expression").asText("").isBlank()) {
                throw PagerDutyError.invalid("Condition expression can't be blank");
            }
        }
        JsonNode actions = rule.path("actions");
        checkActions(actions);
        JsonNode routeTo = actions.path("route_to");
        if (!routeTo.isMissingNode() && !routeTo.isNull()
                && (!ids.contains(routeTo.asText()) || routeTo.asText().equals("start") || routeTo.asText().equals(ownSet))) {
            throw PagerDutyError.invalid("route_to '" + routeTo.asText() + "' is not another set of this orchestration");
        }
    }

    private static void checkActions(JsonNode actions) {
        if (actions.isMissingNode() || actions.isNull()) {
            return;
        }
        if (!actions.isObject()) {
            throw PagerDutyError.invalid("Actions must be an object");
        }
        Checks.oneOf(actions, "severity", SEVERITIES);
        Checks.oneOf(actions, "event_action", EVENT_ACTIONS);
        JsonNode suspend = actions.path("suspend");
        if (!suspend.isMissingNode() && !suspend.isNull() && (!suspend.canConvertToInt() || suspend.asInt() < 0)) {
            throw PagerDutyError.invalid("Suspend must be a number of seconds");
        }
        for (JsonNode variable : Json.elements(actions.path("variables"))) {
            if (!variable.path("type").asText("regex").equals("regex") || variable.path("name").asText("").isBlank()) {
                throw PagerDutyError.invalid("A variable needs a name and the type regex");
            }
        }
        for (JsonNode extraction : Json.elements(actions.path("extractions"))) {
            boolean template = extraction.has("template");
            boolean regex = extraction.has("regex") && extraction.has("source");
            if (extraction.path("target").asText("").isBlank() || template == regex) {
                throw PagerDutyError.invalid("An extraction needs a target and either a template or a regex and a source");
            }
        }
    }
}
