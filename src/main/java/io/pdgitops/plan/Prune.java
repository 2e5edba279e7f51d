package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.WindowResources;
import io.pdgitops.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what prune would delete: declared by the last applied revision, no longer declared by Git,
 * and present in PagerDuty under exactly one id. Nothing else is ever deleted.
 *
 * <p>Integrations are pruned only from a service that Git still declares and whose {@code integrations}
 * list Git still manages; a pruned service takes its integrations with it, and a service without an
 * {@code integrations} list leaves every live integration alone.
 *
 * <p>Event rules the last apply wrote are reset when Git still declares their service without them (see
 * {@link RulesReset}).
 *
 * <p>A maintenance window is pruned by name: every open PagerDuty window whose description is a name the last
 * applied revision declared and Git no longer does. Windows with any other description were never pd-gitops's.
 */
final class Prune {

    /** @param changes what the step shows beside its key: empty for a delete, the rules for their reset */
    record Candidate(ResourceKey key, String liveId, List<FieldChange> changes) {

        Candidate(ResourceKey key, String liveId) {
            this(key, liveId, List.of());
        }
    }

    private Prune() {
    }

    static List<Candidate> candidates(Diff diff, Inventory inventory, LiveLookup lookup, List<String> notes) {
        // The diff holds one resource for each declared object, and for each integration of a service it could match
        // (none for a service PagerDuty has twice): its keys and the declared integrations are what Git declares.
        Set<ResourceKey> declared = new HashSet<>();
        diff.resources().forEach(resource -> declared.add(resource.key()));
        for (Service service : diff.desired().services()) {
            service.eventRules().ifPresent(rules -> declared.add(ResourceKey.eventRules(service.name())));
            service.integrations().ifPresent(integrations -> integrations.forEach(integration ->
                    declared.add(ResourceKey.integration(service.name(), integration.name()))));
        }
        List<Candidate> candidates = new ArrayList<>();
        inventory.keys().stream()
                .filter(key -> !declared.contains(key))
                .filter(key -> integrationsManaged(diff, key))
                .sorted(ResourceKey.PLAN_ORDER)
                .forEach(key -> {
                    if (key.kind() == ResourceKind.MAINTENANCE_WINDOW) {
                        // Every open window of the name goes, future ones deleted and running ones ended early.
                        List<String> open = WindowResources.openIds(diff.live().windows(), key.name(), diff.now());
                        if (!open.isEmpty()) {
                            candidates.add(new Candidate(key, String.join(", ", open)));
                        }
                        return;
                    }
                    if (key.kind() == ResourceKind.EVENT_RULES) {
                        RulesReset.candidate(diff, key).ifPresent(candidates::add);
                        return;
                    }
                    List<String> ids = lookup.idsOf(key);
                    if (ids.size() == 1) {
                        candidates.add(new Candidate(key, ids.get(0)));
                    } else if (ids.size() > 1) {
                        notes.add(key + " is no longer declared but " + ids.size() + " PagerDuty objects have its name ("
                                + String.join(", ", ids) + "): not pruned");
                    }
                });
        return candidates;
    }

    private static boolean integrationsManaged(Diff diff, ResourceKey key) {
        if (key.service().isEmpty()) {
            return true;
        }
        Optional<Service> owner = diff.desired().service(key.service().get());
        return owner.isPresent() && owner.get().integrations().isPresent();
    }
}
