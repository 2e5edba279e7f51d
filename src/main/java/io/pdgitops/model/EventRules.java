package io.pdgitops.model;

import java.util.List;
import java.util.Map;

/**
 * A service's event orchestration as pd-gitops manages it: the rules of the {@code start} set, in order. PagerDuty
 * replaces the whole orchestration on every write, so whatever else a live orchestration holds (a catch-all with
 * actions, more rule sets) is kept in {@code unmodelled} and shows as a difference: the next write removes it.
 *
 * @param unmodelled by PagerDuty's name ({@code catch_all}, {@code sets}); always empty when declared
 * @param active whether PagerDuty runs the orchestration rather than the service's older rule sets; always true
 *     when declared, since rules that do not run are not what a repository asks for
 */
public record EventRules(List<EventRule> rules, Map<String, Object> unmodelled, boolean active) {

    public EventRules {
        rules = List.copyOf(rules);
        unmodelled = Map.copyOf(unmodelled);
    }

    /** An orchestration that PagerDuty runs. */
    public EventRules(List<EventRule> rules, Map<String, Object> unmodelled) {
        this(rules, unmodelled, true);
    }

    /** Rules as a repository declares them. */
    public static EventRules declared(List<EventRule> rules) {
        return new EventRules(rules, Map.of());
    }
}
