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
 * @param adopted declared objects pinned to one PagerDuty id by {@code pd-gitops adopt}: the live object Git
 *     means when several share its name (see {@link AdoptedObjects})
 */
public record Inventory(boolean recorded, Set<ResourceKey> keys, Map<ResourceKey, String> declaredIn,
        Map<ResourceKey, String> adopted) {

    public Inventory {
        keys = Set.copyOf(keys);
        declaredIn = Map.copyOf(declaredIn);
        adopted = Map.copyOf(adopted);
        if (!keys.containsAll(declaredIn.keySet())) {
            throw new IllegalArgumentException("a declaring file is recorded for an object outside the inventory");
        }
        if (adopted.keySet().stream().anyMatch(key -> key.service().isPresent())) {
            throw new IllegalArgumentException("only teams, schedules, escalation policies and services are adopted");
        }
    }

    public Inventory(boolean recorded, Set<ResourceKey> keys, Map<ResourceKey, String> declaredIn) {
        this(recorded, keys, declaredIn, Map.of());
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
        // Rules are recorded apart from their service: removing them alone is what resets them.
        state.services().stream().filter(service -> service.eventRules().isPresent())
                .forEach(service -> files.put(ResourceKey.eventRules(service.name()), service.origin().file()));
        state.maintenanceWindows().forEach(window ->
                files.put(ResourceKey.window(window.name()), window.origin().file()));
        return withFiles(files.keySet(), files);
    }

    /** This inventory with {@code key} pinned to the live object {@code id}, replacing an earlier pin of it. */
    public Inventory adopting(ResourceKey key, String id) {
        Map<ResourceKey, String> pins = new LinkedHashMap<>(adopted);
        pins.put(key, id);
        return new Inventory(recorded, keys, declaredIn, pins);
    }

    /**
     * This inventory with the pins of {@code earlier} whose object it still lists: an apply records what it declared,
     * and a pin must outlive that record as long as the duplicate it settles may still be in PagerDuty. A pin of an
     * object Git no longer declares goes: nothing is left for it to choose.
     */
    public Inventory keepingAdoptionsOf(Inventory earlier) {
        Map<ResourceKey, String> pins = new LinkedHashMap<>(adopted);
        earlier.adopted().forEach((key, id) -> {
            if (keys.contains(key)) {
                pins.putIfAbsent(key, id);
            }
        });
        return new Inventory(recorded, keys, declaredIn, pins);
    }

    public boolean contains(ResourceKey key) {
        return keys.contains(key);
    }

    /** The file that declared {@code key} when it was applied, when the record has it. */
    public Optional<String> declaringFile(ResourceKey key) {
        return Optional.ofNullable(declaredIn.get(key));
    }
}
