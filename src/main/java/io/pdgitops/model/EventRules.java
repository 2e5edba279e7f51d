package io.pdgitops.model;

import java.util.List;
import java.util.Map;

/**
 * A service's event orchestration as pd-gitops manages it: the rules of the {@code start} set, in order, and the
 * catch-all, the actions for events no rule matches. PagerDuty replaces the whole orchestration on every write, so
 * whatever else a live orchestration holds (more rule sets) is kept in {@code unmodelled} and shows as a
 * difference: the next write removes it.
 *
 * @param unmodelled by PagerDuty's name ({@code sets}); always empty when declared
 * @param active whether PagerDuty runs the orchestration rather than the service's older rule sets; always true
 *     when declared, since rules that do not run are not what a repository asks for
 * @param catchAll the catch-all's actions as a rule without label or condition; {@link EventRule#none} when it
 *     has none, PagerDuty's default and what a repository that declares no {@code catch_all} asks for
 */
public record EventRules(List<EventRule> rules, Map<String, Object> unmodelled, boolean active, EventRule catchAll) {

    public EventRules {
        rules = List.copyOf(rules);
        unmodelled = Map.copyOf(unmodelled);
    }

    /** An orchestration without a catch-all action. */
    public EventRules(List<EventRule> rules, Map<String, Object> unmodelled, boolean active) {
        this(rules, unmodelled, active, EventRule.none(CATCH_ALL));
    }

    /** An orchestration that PagerDuty runs, without a catch-all action. */
    public EventRules(List<EventRule> rules, Map<String, Object> unmodelled) {
        this(rules, unmodelled, true);
    }

    /** Where a declared catch-all is in its service's document. */
    public static final String CATCH_ALL = "catch_all";

    /** Rules as a repository declares them, without a catch-all. */
    public static EventRules declared(List<EventRule> rules) {
        return new EventRules(rules, Map.of());
    }

    /** Rules and a catch-all as a repository declares them. */
    public static EventRules declared(List<EventRule> rules, EventRule catchAll) {
        return new EventRules(rules, Map.of(), true, catchAll);
    }

    /** Whether this is PagerDuty's default orchestration: no rules, no catch-all action, nothing else. */
    public boolean isDefault() {
        return rules.isEmpty() && unmodelled.isEmpty() && catchAll.hasNoActions();
    }
}
