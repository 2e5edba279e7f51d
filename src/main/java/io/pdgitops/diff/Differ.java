package io.pdgitops.diff;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.Integration;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.Team;
import io.pdgitops.model.WebhookSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes a {@link Diff}: one pass over the declared objects, matching live ones by name. */
final class Differ {

    /** How one kind is flattened and what it adds beyond equal-path comparison. */
    private interface KindRules<T> {
        FlatFields flatten(FlatFields fields, T object, boolean live);

        /** The live object flattened to the declared object's paths. */
        default FlatFields flattenLive(FlatFields fields, T live, T desired) {
            return flatten(fields, live, true);
        }

        /** Children the live object has beyond the declared ones (removed layers or rules). */
        default List<FieldChange> removedChildren(T desired, T live) {
            return List.of();
        }

        /** What PagerDuty changed on its own that no YAML field declares but a declared object wants back. */
        default List<FieldChange> restoredState(T live) {
            return List.of();
        }
    }

    private final LiveState live;
    private final UserDirectory users;
    private final List<IgnoreDifference> ignoreDifferences;
    private final IgnoreRules ignore;
    private final Instant now;
    private final ServiceDiffMemo memo;

    Differ(LiveState live, List<IgnoreDifference> ignoreDifferences, Instant now, ServiceDiffMemo memo) {
        this.live = live;
        this.users = live.users();
        this.ignoreDifferences = List.copyOf(ignoreDifferences);
        this.ignore = new IgnoreRules(ignoreDifferences);
        this.now = now;
        this.memo = memo;
    }

    List<ResourceDiff> run(DesiredState desired) {
        List<ResourceDiff> diffs = new ArrayList<>();
        KindRules<Team> teams = (fields, team, isLive) -> TeamFields.of(fields, team, users);
        diffKind(desired.teams(), live.teams(), teams, diffs);
        diffKind(desired.schedules(), live.schedules(), scheduleRules(), diffs);
        diffKind(desired.escalationPolicies(), live.escalationPolicies(), policyRules(), diffs);
        diffServices(desired.services(), diffs);
        KindRules<BusinessService> business = (fields, object, isLive) -> BusinessServiceFields.of(fields, object);
        diffKind(desired.businessServices(), live.businessServices(), business, diffs);
        KindRules<WebhookSubscription> webhooks = new KindRules<>() {
            @Override
            public FlatFields flatten(FlatFields fields, WebhookSubscription subscription, boolean isLive) {
                return WebhookSubscriptionFields.of(fields, subscription);
            }

            @Override
            public List<FieldChange> restoredState(WebhookSubscription liveSubscription) {
                return WebhookSubscriptionFields.reenabled(liveSubscription);
            }
        };
        diffKind(desired.webhookSubscriptions(), live.webhookSubscriptions(), webhooks, diffs);
        return diffs;
    }

    /** Services, then their integrations; a service whose two sides are the objects of the last diff is not compared. */
    private void diffServices(List<Service> declared, List<ResourceDiff> diffs) {
        KindRules<Service> rules = (fields, service, isLive) -> ServiceFields.of(fields, service, isLive);
        LiveIndex<LiveObject<Service>> index = new LiveIndex<>(live.services(), s -> s.object().name());
        Map<Service, ServiceDiffMemo.Kept> known = memo.kept();
        IdentityHashMap<Service, ServiceDiffMemo.Kept> current = new IdentityHashMap<>();
        List<ResourceDiff> integrationDiffs = new ArrayList<>();
        int fresh = 0;
        for (Service desired : declared) {
            List<LiveObject<Service>> matches = index.named(desired.name());
            boolean matchedOne = matches.size() == 1;
            List<LiveIntegration> liveIntegrations = matchedOne ? live.integrationsOf(matches.get(0).id()) : List.of();
            ServiceDiffMemo.Kept kept = known.get(desired);
            if (matchedOne && kept != null && kept.holdsFor(matches.get(0), liveIntegrations, ignoreDifferences)) {
                current.put(desired, kept);
                diffs.add(kept.service());
                integrationDiffs.addAll(kept.integrations());
                continue;
            }
            ResourceDiff service = diffOne(desired, matches, rules);
            List<ResourceDiff> integrations = new ArrayList<>();
            desired.integrations().ifPresent(integrationsDeclared ->
                    diffIntegrations(desired.name(), integrationsDeclared, matches, integrations));
            fresh++;
            diffs.add(service);
            integrationDiffs.addAll(integrations);
            if (matchedOne) {
                current.put(desired, new ServiceDiffMemo.Kept(matches.get(0).object(), matches.get(0).id(),
                        liveIntegrations, ignoreDifferences, service, List.copyOf(integrations)));
            }
        }
        memo.keep(current, fresh);
        diffs.addAll(integrationDiffs);
    }

    private <T extends DeclaredObject> void diffKind(List<T> declared, List<LiveObject<T>> liveObjects,
            KindRules<T> rules, List<ResourceDiff> diffs) {
        LiveIndex<LiveObject<T>> index = new LiveIndex<>(liveObjects, object -> object.object().name());
        for (T desired : declared) {
            diffs.add(diffOne(desired, index.named(desired.name()), rules));
        }
    }

    private <T extends DeclaredObject> ResourceDiff diffOne(T desired, List<LiveObject<T>> matches,
            KindRules<T> rules) {
        ResourceKey key = ResourceKey.of(ObjectKey.of(desired));
        Map<String, FlatValue> desiredFields =
                rules.flatten(FlatFields.startingWith(desired.description(), false), desired, false).values();
        if (matches.size() != 1) {
            return unmatched(key, matches.stream().map(LiveObject::id).toList(), desiredFields);
        }
        T liveObject = matches.get(0).object();
        Map<String, FlatValue> liveFields =
                rules.flattenLive(FlatFields.startingWith(liveObject.description(), true), liveObject, desired).values();
        List<FieldChange> changes = new ArrayList<>(compare(desiredFields, liveFields));
        changes.addAll(rules.removedChildren(desired, liveObject));
        changes.addAll(rules.restoredState(liveObject));
        changes.removeIf(change -> ignore.ignores(desired.kind(), desired.name(), change.path()));
        return matched(key, matches.get(0).id(), changes);
    }

    private void diffIntegrations(String serviceName, List<Integration> declared,
            List<LiveObject<Service>> liveService, List<ResourceDiff> diffs) {
        if (liveService.size() > 1) {
            return;
        }
        List<LiveIntegration> liveIntegrations = liveService.isEmpty()
                ? List.of()
                : live.integrationsOf(liveService.get(0).id());
        LiveIndex<LiveIntegration> index = new LiveIndex<>(liveIntegrations, i -> i.integration().name());
        for (Integration integration : declared) {
            ResourceKey key = ResourceKey.integration(serviceName, integration.name());
            List<LiveIntegration> matches = index.named(integration.name());
            Map<String, FlatValue> desiredFields = IntegrationFields.of(integration).values();
            if (matches.size() != 1) {
                diffs.add(unmatched(key, matches.stream().map(LiveIntegration::id).toList(), desiredFields));
                continue;
            }
            List<FieldChange> changes = new ArrayList<>(
                    compare(desiredFields, IntegrationFields.of(matches.get(0).integration()).values()));
            changes.removeIf(change -> ignore.ignores(ObjectKind.SERVICE, serviceName, change.path()));
            diffs.add(matched(key, matches.get(0).id(), changes));
        }
    }

    /** No live match is a create (every declared field shown); several are ambiguous. */
    private static ResourceDiff unmatched(ResourceKey key, List<String> liveIds, Map<String, FlatValue> desiredFields) {
        if (!liveIds.isEmpty()) {
            return new ResourceDiff(key, DiffAction.AMBIGUOUS, liveIds, List.of());
        }
        List<FieldChange> declared = desiredFields.entrySet().stream()
                .map(field -> new FieldChange(field.getKey(), Optional.of(field.getValue().display()), Optional.empty()))
                .toList();
        return new ResourceDiff(key, DiffAction.CREATE, List.of(), declared);
    }

    private static ResourceDiff matched(ResourceKey key, String liveId, List<FieldChange> changes) {
        return new ResourceDiff(key, changes.isEmpty() ? DiffAction.NO_OP : DiffAction.UPDATE, List.of(liveId), changes);
    }

    private List<FieldChange> compare(Map<String, FlatValue> desired, Map<String, FlatValue> liveFields) {
        List<FieldChange> changes = new ArrayList<>();
        desired.forEach((path, value) -> {
            FlatValue liveValue = liveFields.get(path);
            if (liveValue == null || !value.sameAs(liveValue, now)) {
                changes.add(new FieldChange(path, Optional.of(value.display()),
                        Optional.ofNullable(liveValue).map(FlatValue::display)));
            }
        });
        return changes;
    }

    private KindRules<Schedule> scheduleRules() {
        return new KindRules<>() {
            @Override
            public FlatFields flatten(FlatFields fields, Schedule schedule, boolean isLive) {
                return ScheduleFields.of(fields, schedule, schedule.layers().stream()
                        .map(layer -> Optional.of(layer).filter(declared -> RotationSettlement.runs(declared, now)))
                        .toList(), users);
            }

            @Override
            public FlatFields flattenLive(FlatFields fields, Schedule liveSchedule, Schedule desired) {
                List<ScheduleLayer> liveLayers = running(liveSchedule);
                Pairing pairing = RotationSettlement.pairing(desired, liveLayers, now);
                List<Optional<ScheduleLayer>> paired = new ArrayList<>();
                for (int i = 0; i < pairing.liveIndexOf().size(); i++) {
                    paired.add(pairing.liveOf(i, liveLayers));
                }
                return ScheduleFields.of(fields, liveSchedule, paired, users);
            }

            @Override
            public List<FieldChange> removedChildren(Schedule desired, Schedule liveSchedule) {
                List<ScheduleLayer> liveLayers = running(liveSchedule);
                Pairing pairing = RotationSettlement.pairing(desired, liveLayers, now);
                List<FieldChange> changes = new ArrayList<>();
                if (pairing.reorders()) {
                    changes.add(FieldChange.of("layers", ScheduleFields.order(running(desired)),
                            ScheduleFields.order(pairing.liveIndexOf().stream()
                                    .filter(index -> index != Pairing.NONE).sorted()
                                    .map(liveLayers::get).toList())));
                }
                for (int index : pairing.unpaired()) {
                    ScheduleLayer ended = liveLayers.get(index);
                    String path = ended.name().map(name -> FlatFields.named("layers", name))
                            .orElse(FlatFields.index("layers", index));
                    changes.add(FieldChange.of(path, "ended at " + now + " (layers are ended, not deleted)",
                            ScheduleFields.summary(ended, users)));
                }
                return changes;
            }
        };
    }

    private List<ScheduleLayer> running(Schedule schedule) {
        return RotationSettlement.running(schedule, now);
    }

    private KindRules<EscalationPolicy> policyRules() {
        return new KindRules<>() {
            @Override
            public FlatFields flatten(FlatFields fields, EscalationPolicy policy, boolean isLive) {
                return PolicyFields.of(fields, policy, policy.rules().stream().map(Optional::of).toList(), users);
            }

            @Override
            public FlatFields flattenLive(FlatFields fields, EscalationPolicy livePolicy, EscalationPolicy desired) {
                Pairing pairing = rulePairing(desired, livePolicy);
                List<Optional<EscalationRule>> paired = new ArrayList<>();
                for (int i = 0; i < desired.rules().size(); i++) {
                    paired.add(pairing.liveOf(i, livePolicy.rules()));
                }
                return PolicyFields.of(fields, livePolicy, paired, users);
            }

            @Override
            public List<FieldChange> removedChildren(EscalationPolicy desired, EscalationPolicy livePolicy) {
                Pairing pairing = rulePairing(desired, livePolicy);
                List<FieldChange> changes = new ArrayList<>();
                if (pairing.reorders()) {
                    changes.add(FieldChange.of("rules", order(desired.rules()), order(pairing.liveIndexOf().stream()
                            .filter(index -> index != Pairing.NONE).sorted()
                            .map(livePolicy.rules()::get).toList())));
                }
                for (int index : pairing.unpaired()) {
                    changes.add(FieldChange.of(FlatFields.index("rules", index), null,
                            PolicyFields.summary(livePolicy.rules().get(index), users)));
                }
                return changes;
            }
        };
    }

    private Pairing rulePairing(EscalationPolicy desired, EscalationPolicy livePolicy) {
        return Pairing.of(desired.rules().stream().map(rule -> PolicyFields.key(rule, users)).toList(),
                livePolicy.rules().stream().map(rule -> PolicyFields.key(rule, users)).toList());
    }

    private String order(List<EscalationRule> rules) {
        return "order " + Values.list(rules.stream().map(rule -> PolicyFields.summary(rule, users)).toList());
    }
}
