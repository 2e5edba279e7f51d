package io.pdgitops.plan;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.Service;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What pd-gitops applied with the last revision: the only things prune may ever delete.
 *
 * @param recorded false when there is no record (first run, or lost state): then nothing is pruned
 */
public record Inventory(boolean recorded, Set<ResourceKey> keys) {

    public Inventory {
        keys = Set.copyOf(keys);
    }

    public static Inventory none() {
        return new Inventory(false, Set.of());
    }

    public static Inventory of(Collection<ResourceKey> keys) {
        return new Inventory(true, Set.copyOf(keys));
    }

    /** What a desired state declares: the inventory to record once it is applied. */
    public static Inventory declaredBy(DesiredState state) {
        Set<ResourceKey> keys = new LinkedHashSet<>();
        state.objects().forEach(object -> keys.add(ResourceKey.of(ObjectKey.of(object))));
        for (Service service : state.services()) {
            service.integrations().ifPresent(integrations -> integrations.forEach(integration ->
                    keys.add(ResourceKey.integration(service.name(), integration.name()))));
        }
        return of(keys);
    }

    public boolean contains(ResourceKey key) {
        return keys.contains(key);
    }
}
