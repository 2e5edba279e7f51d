package io.pdgitops.plan;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.Service;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What pd-gitops applied with the last revision: the only things prune may ever delete.
 *
 * @param recorded false when there is no record (first run, or lost state): then nothing is pruned
 * @param declaredIn for each key whose file is known, the repository file that declared it when it was applied;
 *     records written before files were kept have none, and their deletes name no file
 */
public record Inventory(boolean recorded, Set<ResourceKey> keys, Map<ResourceKey, String> declaredIn) {

    public Inventory {
        keys = Set.copyOf(keys);
        declaredIn = Map.copyOf(declaredIn);
        if (!keys.containsAll(declaredIn.keySet())) {
            throw new IllegalArgumentException("a declaring file is recorded for an object outside the inventory");
        }
    }

    public Inventory(boolean recorded, Set<ResourceKey> keys) {
        this(recorded, keys, Map.of());
    }

    public static Inventory none() {
        return new Inventory(false, Set.of());
    }

    public static Inventory of(Collection<ResourceKey> keys) {
        return new Inventory(true, Set.copyOf(keys));
    }

    /** @param files key to declaring file; a key mapped to nothing has no known file */
    public static Inventory withFiles(Collection<ResourceKey> keys, Map<ResourceKey, String> files) {
        return new Inventory(true, Set.copyOf(keys), files);
    }

    /** What a desired state declares, each with its file: the inventory to record once it is applied. */
    public static Inventory declaredBy(DesiredState state) {
        Map<ResourceKey, String> files = new LinkedHashMap<>();
        state.objects().forEach(object -> files.put(ResourceKey.of(ObjectKey.of(object)), object.origin().file()));
        for (Service service : state.services()) {
            service.integrations().ifPresent(integrations -> integrations.forEach(integration ->
                    files.put(ResourceKey.integration(service.name(), integration.name()), service.origin().file())));
        }
        return withFiles(files.keySet(), files);
    }

    public boolean contains(ResourceKey key) {
        return keys.contains(key);
    }

    /** The file that declared {@code key} when it was applied, when the record has it. */
    public Optional<String> declaringFile(ResourceKey key) {
        return Optional.ofNullable(declaredIn.get(key));
    }
}
