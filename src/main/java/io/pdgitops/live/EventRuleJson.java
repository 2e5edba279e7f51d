package io.pdgitops.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.AlertGrouping;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.OrchestrationRuleDto;
import io.pdgitops.pagerduty.dto.OrchestrationSetDto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service's event orchestration and alert grouping between PagerDuty's JSON and the model, both ways, so that
 * what apply writes is exactly what the live reader understands. PagerDuty answers every action of a rule, most of
 * them null, false or empty: those are no choice anyone made and are left out. The catch-all's actions are spelled
 * as a rule's. An action pd-gitops has no field for is kept as unmodelled, in a rule or the catch-all, and so is a
 * rule set besides {@code start}: they differ from every declared orchestration, because the next write removes
 * them.
 */
public final class EventRuleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final TypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new TypeReference<>() {
    };
    private static final Set<String> MODELLED = Set.of("severity", "suppress", "suspend", "event_action", "annotate",
            "variables", "extractions");
    static final String START = "start";

    private EventRuleJson() {
    }

    /** The rules of an orchestration PagerDuty runs. */
    public static EventRules rules(OrchestrationDto orchestration) {
        return rules(orchestration, true);
    }

    /** @param active what {@code .../active} answered: an orchestration switched off runs none of its rules */
    public static EventRules rules(OrchestrationDto orchestration, boolean active) {
        List<EventRule> rules = new ArrayList<>();
        Map<String, Object> unmodelled = new LinkedHashMap<>();
        List<String> otherSets = new ArrayList<>();
        for (OrchestrationSetDto set : orchestration.sets()) {
            if (set.id().equals(START)) {
                set.rules().forEach(rule -> rules.add(rule(rule)));
            } else {
                otherSets.add(set.id());
            }
        }
        if (!otherSets.isEmpty()) {
            unmodelled.put("sets", otherSets);
        }
        JsonNode catchAll = orchestration.catchAll() == null ? null : orchestration.catchAll().actions();
        return new EventRules(rules, unmodelled, active,
                rule(Optional.empty(), List.of(), catchAll, false, EventRules.CATCH_ALL));
    }

    /** Whether the orchestration is PagerDuty's default: no rules and nothing else, whatever its sets are called. */
    public static boolean isDefault(OrchestrationDto orchestration) {
        return rules(orchestration).isDefault();
    }

    private static EventRule rule(OrchestrationRuleDto rule) {
        return rule(Optional.ofNullable(rule.label()).filter(label -> !label.isEmpty()),
                rule.conditions().stream().map(OrchestrationRuleDto.Condition::expression).toList(), rule.actions(),
                Boolean.TRUE.equals(rule.disabled()), "");
    }

    /** A rule's or the catch-all's actions, which PagerDuty spells alike. */
    private static EventRule rule(Optional<String> label, List<String> conditions, JsonNode given, boolean disabled,
            String path) {
        JsonNode actions = given == null || !given.isObject() ? JSON.objectNode() : given;
        long suspend = actions.path("suspend").asLong(0);
        return new EventRule(
                label,
                conditions,
                text(actions, "severity"),
                actions.path("suppress").asBoolean(false) ? Optional.of(true) : Optional.empty(),
                suspend > 0 ? Optional.of(Duration.ofSeconds(suspend)) : Optional.empty(),
                text(actions, "event_action"),
                text(actions, "annotate"),
                maps(actions.path("variables")),
                maps(actions.path("extractions")),
                disabled,
                chosen(actions, MODELLED),
                path);
    }

    public static OrchestrationDto write(EventRules rules) {
        List<OrchestrationRuleDto> written = rules.rules().stream().map(EventRuleJson::write).toList();
        return OrchestrationDto.write(List.of(new OrchestrationSetDto(START, written)),
                new OrchestrationDto.OrchestrationCatchAll(actions(rules.catchAll())));
    }

    private static OrchestrationRuleDto write(EventRule rule) {
        return new OrchestrationRuleDto(null, rule.label().orElse(null),
                rule.conditions().stream().map(OrchestrationRuleDto.Condition::new).toList(), actions(rule),
                rule.disabled() ? Boolean.TRUE : null);
    }

    private static ObjectNode actions(EventRule rule) {
        ObjectNode actions = JSON.objectNode();
        rule.severity().ifPresent(severity -> actions.put("severity", severity));
        rule.suppress().ifPresent(suppress -> actions.put("suppress", suppress));
        rule.suspend().ifPresent(suspend -> actions.put("suspend", suspend.toSeconds()));
        rule.eventAction().ifPresent(action -> actions.put("event_action", action));
        rule.annotate().ifPresent(annotate -> actions.put("annotate", annotate));
        if (!rule.variables().isEmpty()) {
            ArrayNode variables = actions.putArray("variables");
            rule.variables().forEach(variable -> {
                ObjectNode node = MAPPER.valueToTree(variable);
                // PagerDuty's only kind of variable; the YAML may leave it out.
                node.put("type", "regex");
                variables.add(node);
            });
        }
        if (!rule.extractions().isEmpty()) {
            actions.set("extractions", MAPPER.valueToTree(rule.extractions()));
        }
        return actions;
    }

    public static Optional<AlertGrouping> alertGrouping(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode config = node.path("config");
        Optional<List<String>> fields = Optional.empty();
        if (config.path("fields").isArray()) {
            List<String> names = new ArrayList<>();
            config.path("fields").forEach(field -> names.add(field.asText()));
            fields = Optional.of(names);
        }
        return Optional.of(new AlertGrouping(text(node, "type"), text(config, "aggregate"), fields,
                config.hasNonNull("time_window") ? Optional.of(Duration.ofSeconds(config.get("time_window").asLong()))
                        : Optional.empty(),
                config.hasNonNull("timeout") ? Optional.of(Duration.ofMinutes(config.get("timeout").asLong()))
                        : Optional.empty()));
    }

    public static JsonNode write(AlertGrouping grouping) {
        ObjectNode node = JSON.objectNode();
        if (grouping.type().isEmpty()) {
            return node.putNull("type");
        }
        node.put("type", grouping.type().get());
        ObjectNode config = node.putObject("config");
        grouping.aggregate().ifPresent(aggregate -> config.put("aggregate", aggregate));
        grouping.fields().ifPresent(fields -> fields.forEach(config.withArray("fields")::add));
        grouping.timeWindow().ifPresent(window -> config.put("time_window", window.toSeconds()));
        grouping.timeout().ifPresent(timeout -> config.put("timeout", timeout.toMinutes()));
        return node;
    }

    /** The actions someone set, less {@code modelled}: null, false, empty lists and objects are PagerDuty's defaults. */
    private static Map<String, Object> chosen(JsonNode actions, Set<String> modelled) {
        Map<String, Object> chosen = new LinkedHashMap<>();
        if (actions == null || !actions.isObject()) {
            return chosen;
        }
        actions.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            boolean unset = value.isNull() || value.isBoolean() && !value.booleanValue()
                    || value.isContainerNode() && value.isEmpty() || value.isTextual() && value.asText().isEmpty();
            if (!unset && !modelled.contains(entry.getKey())) {
                chosen.put(entry.getKey(), MAPPER.convertValue(value, Object.class));
            }
        });
        return chosen;
    }

    private static List<Map<String, Object>> maps(JsonNode array) {
        return array.isArray() ? MAPPER.convertValue(array, LIST_OF_MAPS) : List.of();
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isEmpty()
                ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
