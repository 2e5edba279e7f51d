package io.pdgitops.export;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The objects a filter selects, plus everything they reference, so that the exported repository is whole. */
final class ExportSelection {

    private ExportSelection() {
    }

    /** @param candidates the exportable objects by key */
    static Set<ObjectKey> of(Map<ObjectKey, DeclaredObject> candidates, ExportFilter filter) {
        Deque<ObjectKey> pending = new ArrayDeque<>();
        candidates.values().stream()
                .filter(object -> filter.selects(object.kind(), object.name(), teamsOf(object, candidates)))
                .map(ObjectKey::of)
                .forEach(pending::add);
        Set<ObjectKey> selected = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            ObjectKey key = pending.pop();
            if (selected.add(key)) {
                references(candidates.get(key)).filter(candidates::containsKey).forEach(pending::add);
            }
        }
        return selected;
    }

    /** The teams of the named services (those not among the candidates have none): a window belongs to them. */
    static Set<String> teamsOfServices(List<String> services, Map<ObjectKey, DeclaredObject> candidates) {
        return services.stream().map(service -> candidates.get(new ObjectKey(ObjectKind.SERVICE, service)))
                .filter(Objects::nonNull).flatMap(service -> teamsOf(service, candidates).stream())
                .collect(Collectors.toSet());
    }

    /** Services belong to the team of their escalation policy, as in PagerDuty. */
    private static Set<String> teamsOf(DeclaredObject object, Map<ObjectKey, DeclaredObject> candidates) {
        if (object instanceof Team team) {
            return Set.of(team.name());
        }
        if (object instanceof Schedule schedule) {
            return Set.copyOf(schedule.teams().orElse(List.of()));
        }
        if (object instanceof EscalationPolicy policy) {
            return Set.copyOf(policy.teams().orElse(List.of()));
        }
        if (object instanceof BusinessService business) {
            return business.team().map(Set::of).orElse(Set.of());
        }
        if (object instanceof WebhookSubscription subscription) {
            // A subscription belongs to the team it filters on, or to the team of the service it filters on.
            WebhookFilter filter = subscription.filter();
            return filter.scope() == WebhookFilter.Scope.ACCOUNT ? Set.of()
                    : references(subscription).map(candidates::get).filter(Objects::nonNull)
                            .flatMap(target -> teamsOf(target, candidates).stream()).collect(Collectors.toSet());
        }
        DeclaredObject policy = candidates.get(new ObjectKey(ObjectKind.ESCALATION_POLICY, ((Service) object).escalationPolicy()));
        return policy == null ? Set.of() : teamsOf(policy, candidates);
    }

    private static Stream<ObjectKey> references(DeclaredObject object) {
        if (object instanceof Team team) {
            return team.parent().stream().map(parent -> new ObjectKey(ObjectKind.TEAM, parent));
        }
        if (object instanceof Schedule schedule) {
            return teams(schedule.teams());
        }
        if (object instanceof EscalationPolicy policy) {
            return Stream.concat(teams(policy.teams()), policy.rules().stream()
                    .flatMap(rule -> rule.targets().stream())
                    .filter(target -> target.type() == Target.Type.SCHEDULE)
                    .map(target -> new ObjectKey(ObjectKind.SCHEDULE, target.reference())));
        }
        if (object instanceof BusinessService business) {
            return Stream.concat(business.team().stream().map(team -> new ObjectKey(ObjectKind.TEAM, team)),
                    business.supportedBy().orElse(List.of()).stream().map(service -> new ObjectKey(ObjectKind.SERVICE, service)));
        }
        if (object instanceof WebhookSubscription subscription) {
            WebhookFilter filter = subscription.filter();
            ObjectKind kind = filter.scope() == WebhookFilter.Scope.TEAM ? ObjectKind.TEAM : ObjectKind.SERVICE;
            return filter.name().stream().map(name -> new ObjectKey(kind, name));
        }
        return Stream.of(new ObjectKey(ObjectKind.ESCALATION_POLICY, ((Service) object).escalationPolicy()));
    }

    private static Stream<ObjectKey> teams(Optional<List<String>> teams) {
        return teams.orElse(List.of()).stream().map(team -> new ObjectKey(ObjectKind.TEAM, team));
    }
}
