package io.pdgitops.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of a service's event orchestration (PagerDuty's {@code orchestration_path.sets[start].rules[]}): when
 * any of its conditions matches an event, its actions shape the alert. PagerDuty stops at the first rule that
 * matches, so the order is part of the meaning.
 *
 * @param conditions PCL expressions in PagerDuty's own syntax; empty matches every event
 * @param suspend how long the alert waits before it triggers
 * @param variables PagerDuty's {@code variables}, as unmodifiable maps of its field names
 * @param extractions PagerDuty's {@code extractions}, as unmodifiable maps of its field names
 * @param unmodelled actions pd-gitops has no field for (priority, route_to, automation actions...), by PagerDuty's
 *     name; always empty in a declared rule, so a live rule that has any differs from every declared one
 * @param path field path of this rule in its service document, for {@link Origin#locationOf}
 */
public record EventRule(
        Optional<String> label,
        List<String> conditions,
        Optional<String> severity,
        Optional<Boolean> suppress,
        Optional<Duration> suspend,
        Optional<String> eventAction,
        Optional<String> annotate,
        List<Map<String, Object>> variables,
        List<Map<String, Object>> extractions,
        boolean disabled,
        Map<String, Object> unmodelled,
        String path) {

    public EventRule {
        conditions = List.copyOf(conditions);
        variables = List.copyOf(variables);
        extractions = List.copyOf(extractions);
        unmodelled = Map.copyOf(unmodelled);
    }

    /** A rule that matches every event and does nothing: an orchestration's default catch-all. */
    public static EventRule none(String path) {
        return new EventRule(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), false, Map.of(), path);
    }

    /** Whether the rule changes nothing about an event (suppress false and suspend 0 are no change either). */
    public boolean hasNoActions() {
        return severity.isEmpty() && suppress.filter(Boolean::booleanValue).isEmpty()
                && suspend.filter(duration -> !duration.isZero()).isEmpty() && eventAction.isEmpty()
                && annotate.isEmpty() && variables.isEmpty() && extractions.isEmpty() && unmodelled.isEmpty();
    }
}
