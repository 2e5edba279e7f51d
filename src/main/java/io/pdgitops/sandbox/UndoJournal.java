package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * What one write changed in the sandbox's collections, so that a failed write leaves nothing behind.
 * Stored trees are replaced rather than changed in place, so the previous tree is all an undo needs.
 */
final class UndoJournal {

    private record Change(Kind collection, String id, ObjectNode previous) {
    }

    private final List<Change> changes = new ArrayList<>();
    // Lists are read in insertion order; a removed object put back would go to the end, so the order
    // of a collection is remembered at its first removal (writes that remove are rare and small).
    private final Map<Kind, List<String>> orderBeforeRemoval = new EnumMap<>(Kind.class);

    void put(Kind collection, String id, ObjectNode previous) {
        changes.add(new Change(collection, id, previous));
    }

    void remove(Kind collection, Map<String, ObjectNode> items, String id) {
        orderBeforeRemoval.computeIfAbsent(collection, kind -> new ArrayList<>(items.keySet()));
        changes.add(new Change(collection, id, items.get(id)));
    }

    void rollBack(Map<Kind, Map<String, ObjectNode>> collections) {
        for (ListIterator<Change> it = changes.listIterator(changes.size()); it.hasPrevious(); ) {
            Change change = it.previous();
            Map<String, ObjectNode> items = collections.get(change.collection());
            if (change.previous() == null) {
                items.remove(change.id());
            } else {
                items.put(change.id(), change.previous());
            }
        }
        orderBeforeRemoval.forEach((collection, order) -> {
            Map<String, ObjectNode> items = collections.get(collection);
            Map<String, ObjectNode> reordered = new LinkedHashMap<>();
            order.stream().filter(items::containsKey).forEach(id -> reordered.put(id, items.get(id)));
            collections.put(collection, reordered);
        });
    }
}
