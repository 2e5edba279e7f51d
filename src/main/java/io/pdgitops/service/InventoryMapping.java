package io.pdgitops.service;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Inventory;
import io.pdgitops.state.InventoryEntry;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Between the planner's inventory and the one kept in {@code state.json}. */
public final class InventoryMapping {

    /** Kinds by the name the state file spells them with; looked up once per entry on every sync. */
    private static final Map<String, ResourceKind> KINDS = Arrays.stream(ResourceKind.values())
            .collect(Collectors.toUnmodifiableMap(ResourceKind::displayName, kind -> kind));

    private InventoryMapping() {
    }

    /**
     * The last inventory made by {@link #toInventory} and the entries it was made of. A service makes one from the
     * same recorded entries on every sync until an apply changes them; comparing them entry by entry costs a
     * fraction of making it again.
     */
    private static volatile Made lastMade = new Made(List.of(), Inventory.none());

    private record Made(List<InventoryEntry> entries, Inventory inventory) {
    }

    /** Unknown ({@code known == false}) gives an inventory that prunes nothing. */
    public static Inventory toInventory(Set<InventoryEntry> entries, boolean known) {
        if (!known) {
            return Inventory.none();
        }
        Made last = lastMade;
        if (InventoryEntry.sameInOrder(last.entries(), entries)) {
            return last.inventory();
        }
        Inventory made = made(entries);
        lastMade = new Made(List.copyOf(entries), made);
        return made;
    }

    private static Inventory made(Set<InventoryEntry> entries) {
        Map<ResourceKey, String> files = new HashMap<>();
        entries.stream().filter(entry -> entry.file() != null).forEach(entry -> files.put(toKey(entry), entry.file()));
        return Inventory.withFiles(entries.stream().map(InventoryMapping::toKey).toList(), files);
    }

    /** The entries {@link #toEntries} made last, and the inventory they were made of (its keys and files). */
    private static volatile Listed lastListed = new Listed(Inventory.none(), Collections.emptySortedSet());

    private record Listed(Inventory inventory, SortedSet<InventoryEntry> entries) {
    }

    /**
     * The entries to record for {@code inventory}, sorted. A service records what each revision declares, which
     * is mostly what the last one declared: while the keys and their files are the same, the last entries are
     * given again rather than sorted anew.
     */
    public static Set<InventoryEntry> toEntries(Inventory inventory) {
        Listed last = lastListed;
        if (last.inventory().keys().equals(inventory.keys())
                && last.inventory().declaredIn().equals(inventory.declaredIn())) {
            return last.entries();
        }
        SortedSet<InventoryEntry> entries = Collections.unmodifiableSortedSet(inventory.keys().stream()
                .map(key -> toEntry(key).declaredIn(inventory.declaringFile(key).orElse(null)))
                .collect(Collectors.toCollection(TreeSet::new)));
        lastListed = new Listed(inventory, entries);
        return entries;
    }

    static ResourceKey toKey(InventoryEntry entry) {
        ResourceKind kind = KINDS.get(entry.kind());
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind in the inventory: " + entry.kind());
        }
        return new ResourceKey(kind, entry.name(), Optional.ofNullable(entry.service()));
    }

    static InventoryEntry toEntry(ResourceKey key) {
        return new InventoryEntry(key.kind().displayName(), key.name(), key.service().orElse(null));
    }
}
