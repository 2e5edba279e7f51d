package io.pdgitops.plan;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an object needs to exist before it: the edges of the plan's dependency graph. */
final class References {

    private References() {
    }

    static Set<ResourceKey> of(DeclaredObject object) {
        Set<ResourceKey> references = new LinkedHashSet<>();
        if (object instanceof Team team) {
            team.parent().ifPresent(parent -> references.add(key(ObjectKind.TEAM, parent)));
        } else if (object instanceof Schedule schedule) {
            addTeams(schedule.teams().orElse(List.of()), references);
        } else if (object instanceof EscalationPolicy policy) {
            addTeams(policy.teams().orElse(List.of()), references);
            policy.rules().stream()
                    .flatMap(rule -> rule.targets().stream())
                    .filter(target -> target.type() == Target.Type.SCHEDULE)
                    .forEach(target -> references.add(key(ObjectKind.SCHEDULE, target.reference())));
        } else if (object instanceof Service service) {
            references.add(key(ObjectKind.ESCALATION_POLICY, service.escalationPolicy()));
        } else if (object instanceof BusinessService business) {
            business.team().ifPresent(team -> references.add(key(ObjectKind.TEAM, team)));
            business.supportedBy().orElse(List.of())
                    .forEach(service -> references.add(key(ObjectKind.SERVICE, service)));
        } else if (object instanceof WebhookSubscription subscription) {
            WebhookFilter filter = subscription.filter();
            ObjectKind kind = filter.scope() == WebhookFilter.Scope.TEAM ? ObjectKind.TEAM : ObjectKind.SERVICE;
            filter.name().ifPresent(name -> references.add(key(kind, name)));
        }
        return references;
    }

    /** The services a declared maintenance window names; nothing for any other key, or a window Git no longer has. */
    static Set<ResourceKey> ofWindow(DesiredState desired, ResourceKey key) {
        Set<ResourceKey> references = new LinkedHashSet<>();
        if (key.kind() == ResourceKind.MAINTENANCE_WINDOW) {
            desired.maintenanceWindows().stream()
                    .filter(window -> window.name().equals(key.name()))
                    .flatMap(window -> window.services().stream())
                    .forEach(service -> references.add(key(ObjectKind.SERVICE, service)));
        }
        return references;
    }

    private static void addTeams(List<String> teams, Set<ResourceKey> references) {
        teams.forEach(team -> references.add(key(ObjectKind.TEAM, team)));
    }

    private static ResourceKey key(ObjectKind kind, String name) {
        return ResourceKey.of(new ObjectKey(kind, name));
    }
}
