package io.pdgitops.model;

import java.time.Duration;
import java.util.List;

/** One level of an escalation policy. */
public record EscalationRule(Duration escalationDelay, List<Target> targets) {

    public EscalationRule {
        targets = List.copyOf(targets);
    }
}
