package io.pdgitops.plan;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.ObjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Live objects indexed by key, for prune candidates, and by id, for what a live object references. */
final class LiveLookup {

    private final LiveState live;
    private final Map<ResourceKey, List<String>> idsByKey = new HashMap<>();
    private final Map<String, DeclaredObject> objectsById = new HashMap<>();

    LiveLookup(LiveState live) {
        this.live = live;
        Stream.<List<? extends LiveObject<? extends DeclaredObject>>>of(
                        live.teams(), live.schedules(), live.escalationPolicies(), live.services(),
                        live.businessServices(), live.webhookSubscriptions())
                .flatMap(List::stream)
                .forEach(object -> {
                    idsByKey.computeIfAbsent(ResourceKey.of(ObjectKey.of(object.object())), k -> new ArrayList<>())
                            .add(object.id());
                    objectsById.put(object.id(), object.object());
                });
    }

    /** The ids of every live object or integration with the key's name (several: ambiguous). */
    List<String> idsOf(ResourceKey key) {
        if (key.service().isEmpty()) {
            return idsByKey.getOrDefault(key, List.of());
        }
        List<String> services = idsByKey.getOrDefault(key.owner(), List.of());
        if (services.size() != 1) {
            return List.of();
        }
        return live.integrationsOf(services.get(0)).stream()
                .filter(integration -> integration.integration().name().equals(key.name()))
                .map(LiveIntegration::id)
                .toList();
    }

    Optional<DeclaredObject> byId(String id) {
        return Optional.ofNullable(objectsById.get(id));
    }
}
