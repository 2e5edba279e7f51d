package io.pdgitops.validate;

import io.pdgitops.model.Suggestions;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every name a document mentions must be declared somewhere in the repository. */
final class ReferenceRules {

    private final Map<ObjectKind, Set<String>> declared = new HashMap<>();
    private final Set<ObjectKey> declaredButInvalid;
    private final DesiredState state;

    ReferenceRules(DesiredState state, Set<ObjectKey> declaredButInvalid) {
        this.state = state;
        this.declaredButInvalid = declaredButInvalid;
        for (ObjectKind kind : ObjectKind.values()) {
            declared.put(kind, new HashSet<>());
        }
        state.objects().forEach(object -> declared.get(object.kind()).add(object.name()));
    }

    void check(List<Violation> violations) {
        for (Service service : state.services()) {
            require(service, FieldPath.of("escalation_policy"), ObjectKind.ESCALATION_POLICY, service.escalationPolicy(), violations);
        }
        for (EscalationPolicy policy : state.escalationPolicies()) {
            requireTeams(policy, policy.teams(), violations);
            for (int r = 0; r < policy.rules().size(); r++) {
                List<Target> targets = policy.rules().get(r).targets();
                for (int t = 0; t < targets.size(); t++) {
                    if (targets.get(t).type() == Target.Type.SCHEDULE) {
                        require(policy, FieldPath.of("rules", r, "targets", t), ObjectKind.SCHEDULE,
                                targets.get(t).reference(), violations);
                    }
                }
            }
        }
        for (Schedule schedule : state.schedules()) {
            requireTeams(schedule, schedule.teams(), violations);
        }
        for (Team team : state.teams()) {
            team.parent().ifPresent(parent -> require(team, FieldPath.of("parent"), ObjectKind.TEAM, parent, violations));
        }
        for (BusinessService business : state.businessServices()) {
            business.team().ifPresent(team -> require(business, FieldPath.of("team"), ObjectKind.TEAM, team, violations));
            List<String> supporting = business.supportedBy().orElse(List.of());
            for (int i = 0; i < supporting.size(); i++) {
                require(business, FieldPath.of("supported_by", i), ObjectKind.SERVICE, supporting.get(i), violations);
            }
        }
        for (WebhookSubscription subscription : state.webhookSubscriptions()) {
            WebhookFilter filter = subscription.filter();
            ObjectKind kind = filter.scope() == WebhookFilter.Scope.TEAM ? ObjectKind.TEAM : ObjectKind.SERVICE;
            filter.name().ifPresent(name -> require(subscription, FieldPath.of("filter", filter.scope().yamlName()),
                    kind, name, violations));
        }
    }

    private void requireTeams(DeclaredObject object, Optional<List<String>> teams, List<Violation> violations) {
        List<String> names = teams.orElse(List.of());
        for (int i = 0; i < names.size(); i++) {
            require(object, FieldPath.of("teams", i), ObjectKind.TEAM, names.get(i), violations);
        }
    }

    private void require(DeclaredObject from, String path, ObjectKind kind, String name, List<Violation> violations) {
        Set<String> names = declared.get(kind);
        if (names.contains(name) || declaredButInvalid.contains(new ObjectKey(kind, name))) {
            return;
        }
        violations.add(Violation.error(ViolationCode.DANGLING_REFERENCE, from.origin().locationOf(path),
                kind.yamlName() + " `" + name + "` is not declared in this repository" + Suggestions.hint(name, names)));
    }
}
