package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/** A declared escalation policy; empty {@code Optional}s are not managed. */
public record EscalationPolicy(
        String name,
        Optional<String> description,
        Optional<Integer> numLoops,
        Optional<String> onCallHandoffNotifications,
        Optional<List<String>> teams,
        List<EscalationRule> rules,
        Origin origin) implements DeclaredObject {

    public EscalationPolicy {
        teams = teams.map(List::copyOf);
        rules = List.copyOf(rules);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ESCALATION_POLICY;
    }
}
