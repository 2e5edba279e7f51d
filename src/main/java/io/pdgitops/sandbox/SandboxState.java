package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the sandbox stores, as JSON trees in insertion order. Not thread-safe on its own:
 * {@link Sandbox} serialises every request that touches it.
 */
final class SandboxState {

    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Map<Kind, Map<String, ObjectNode>> collections = new EnumMap<>(Kind.class);
    // PagerDuty never reuses an id, so every id ever issued is remembered, deleted or not.
    private final Set<String> issuedIds = new HashSet<>();
    private final SecureRandom random = new SecureRandom();
    private long sequence;
    private UndoJournal journal;

    SandboxState() {
        for (Kind collection : Kind.values()) {
            collections.put(collection, new LinkedHashMap<>());
        }
    }

    String newId() {
        return uniqueId("P", 6);
    }

    /** Override ids are longer than other ids in PagerDuty's examples ({@code Q3X6MJ1LUKD6QW}). */
    String newOverrideId() {
        return uniqueId("Q", 13);
    }

    String newIntegrationKey() {
        while (true) {
            String key = hex(32);
            if (issuedIds.add("key:" + key)) {
                return key;
            }
        }
    }

    /** A webhook signing secret: handed out once, on create, and kept nowhere (the sandbox signs no deliveries). */
    String newSigningSecret() {
        return hex(64);
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(HEX[random.nextInt(16)]);
        }
        return text.toString();
    }

    long nextSequence() {
        return ++sequence;
    }

    /** A read-only view: writes go through {@link #put}, {@link #remove} and {@link #removeIf} so they can be undone. */
    Map<String, ObjectNode> all(Kind collection) {
        return Collections.unmodifiableMap(collections.get(collection));
    }

    Optional<ObjectNode> find(Kind collection, String id) {
        return Optional.ofNullable(collections.get(collection).get(id));
    }

    ObjectNode require(Kind collection, String id) {
        return find(collection, id).orElseThrow(PagerDutyError::notFound);
    }

    void put(Kind collection, String id, ObjectNode value) {
        ObjectNode previous = collections.get(collection).put(id, value);
        if (journal != null) {
            journal.put(collection, id, previous);
        }
    }

    /** Removes a stored object; 404 when there is none. */
    void delete(Kind collection, String id) {
        require(collection, id);
        remove(collection, id);
    }

    void remove(Kind collection, String id) {
        Map<String, ObjectNode> items = collections.get(collection);
        if (journal != null && items.containsKey(id)) {
            journal.remove(collection, items, id);
        }
        items.remove(id);
    }

    void removeIf(Kind collection, Predicate<ObjectNode> filter) {
        List<String> doomed = collections.get(collection).entrySet().stream()
                .filter(entry -> filter.test(entry.getValue())).map(Map.Entry::getKey).toList();
        doomed.forEach(id -> remove(collection, id));
    }

    /** The stored objects grouped by {@code key}, each group in insertion order: one pass for a whole list page. */
    Map<String, List<ObjectNode>> groupedBy(Kind collection, Function<ObjectNode, String> key) {
        return collections.get(collection).values().stream()
                .collect(Collectors.groupingBy(key, HashMap::new, Collectors.toList()));
    }

    List<ObjectNode> matching(Kind collection, Predicate<ObjectNode> filter) {
        return collections.get(collection).values().stream().filter(filter).toList();
    }

    /**
     * Starts recording writes so that {@link #rollBack()} can undo them. Recording costs per object written,
     * not per object stored, so writes stay fast however large the account grows.
     */
    void begin() {
        journal = new UndoJournal();
    }

    /** Keeps what was written since {@link #begin()}. */
    void commit() {
        journal = null;
    }

    /** Undoes every write since {@link #begin()}, like a rolled-back transaction. */
    void rollBack() {
        UndoJournal undo = journal;
        journal = null;
        if (undo != null) {
            undo.rollBack(collections);
        }
    }

    /** Takes over everything {@code other} holds; resources keep their reference to this state. */
    void replaceWith(SandboxState other) {
        collections.clear();
        collections.putAll(other.collections);
        issuedIds.addAll(other.issuedIds);
        sequence = Math.max(sequence, other.sequence);
    }

    ObjectNode toJson() {
        ObjectNode root = Json.object();
        root.put("sequence", sequence);
        issuedIds.stream().sorted().forEach(root.putArray("issued_ids")::add);
        ObjectNode stored = root.putObject("collections");
        collections.forEach((collection, items) -> {
            ObjectNode byId = stored.putObject(collection.key());
            items.forEach((id, item) -> byId.set(id, item.deepCopy()));
        });
        return root;
    }

    static SandboxState fromJson(JsonNode root) {
        SandboxState state = new SandboxState();
        state.sequence = root.path("sequence").asLong();
        root.path("issued_ids").forEach(id -> state.issuedIds.add(id.asText()));
        for (Kind collection : Kind.values()) {
            root.path("collections").path(collection.key()).fields().forEachRemaining(entry -> {
                state.collections.get(collection).put(entry.getKey(), (ObjectNode) entry.getValue().deepCopy());
                state.issuedIds.add(entry.getKey());
            });
        }
        return state;
    }

    private String uniqueId(String prefix, int length) {
        while (true) {
            StringBuilder id = new StringBuilder(prefix);
            for (int i = 0; i < length; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (issuedIds.add(id.toString())) {
                return id.toString();
            }
        }
    }
}
