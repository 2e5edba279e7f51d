package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared escalation policy; empty {@code Optional}s are not managed.
 *
 * @param tags tag labels; empty when not managed, a present empty list removes them all
 */
public record EscalationPolicy(
        String name,
        Optional<String> description,
        Optional<Integer> numLoops,
        Optional<String> onCallHandoffNotifications,
        Optional<List<String>> teams,
        List<EscalationRule> rules,
        Optional<List<String>> tags,
        Origin origin) implements DeclaredObject, Tagged {

    public EscalationPolicy {
        teams = teams.map(List::copyOf);
        rules = List.copyOf(rules);
        tags = tags.map(List::copyOf);
    }

    /** A policy that leaves its tags alone. */
    public EscalationPolicy(String name, Optional<String> description, Optional<Integer> numLoops,
            Optional<String> onCallHandoffNotifications, Optional<List<String>> teams,
            List<EscalationRule> rules, Origin origin) {
        this(name, description, numLoops, onCallHandoffNotifications, teams, rules, Optional.empty(), origin);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ESCALATION_POLICY;
    }
}
