package io.pdgitops.imports.nagios;

import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.write.YamlWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An imported contact group in the repository's model: its team, then its escalation policy, in one file. */
final class PolicyDeclaration {

    /** Nagios pages a group's people all at once; PagerDuty's shortest escalation is a minute, unused with one rule. */
    private static final Duration DELAY = Duration.ofMinutes(30);

    private PolicyDeclaration() {
    }

    static String yaml(ImportedPolicy policy, String file) {
        Origin origin = Origin.at(SourceLocation.startOf(file));
        Team team = new Team(policy.name(), Optional.of(policy.description()), Optional.empty(),
                Optional.of(policy.users().stream().map(user -> new TeamMember(user, Optional.empty())).toList()),
                origin);
        EscalationPolicy escalation = new EscalationPolicy(policy.name(), Optional.of(policy.description()),
                Optional.empty(), Optional.empty(), Optional.of(List.of(policy.name())),
                List.of(new EscalationRule(DELAY, policy.users().stream().map(Target::user).toList())), origin);
        return YamlWriter.file(List.of(), List.of(team, escalation));
    }
}
