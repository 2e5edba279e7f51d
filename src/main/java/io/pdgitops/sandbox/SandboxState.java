package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
            StringBuilder key = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                key.append(HEX[random.nextInt(16)]);
            }
            if (issuedIds.add("key:" + key)) {
                return key.toString();
            }
        }
    }

    long nextSequence() {
        return ++sequence;
    }

    Map<String, ObjectNode> all(Kind collection) {
        return collections.get(collection);
    }

    Optional<ObjectNode> find(Kind collection, String id) {
        return Optional.ofNullable(collections.get(collection).get(id));
    }

    ObjectNode require(Kind collection, String id) {
        return find(collection, id).orElseThrow(ApiError::notFound);
    }

    void put(Kind collection, String id, ObjectNode value) {
        collections.get(collection).put(id, value);
    }

    /** Removes a stored object; 404 when there is none. */
    void delete(Kind collection, String id) {
        require(collection, id);
        remove(collection, id);
    }

    void remove(Kind collection, String id) {
        collections.get(collection).remove(id);
    }

    List<ObjectNode> matching(Kind collection, Predicate<ObjectNode> filter) {
        return collections.get(collection).values().stream().filter(filter).toList();
    }

    /**
     * The maps as they are now, sharing the stored trees: enough to roll back a write, because
     * handlers replace stored objects instead of changing them until nothing can fail any more.
     */
    Map<Kind, Map<String, ObjectNode>> checkpoint() {
        Map<Kind, Map<String, ObjectNode>> copy = new EnumMap<>(Kind.class);
        collections.forEach((collection, items) -> copy.put(collection, new LinkedHashMap<>(items)));
        return copy;
    }

    void restore(Map<Kind, Map<String, ObjectNode>> checkpoint) {
        collections.clear();
        collections.putAll(checkpoint);
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
