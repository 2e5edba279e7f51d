package io.pdgitops.plan;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DeclaredObject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds live objects by key, for prune candidates, and by id, for what a live object references. */
final class LiveLookup {

    private final LiveState live;

    LiveLookup(LiveState live) {
        this.live = live;
    }

    /** The ids of every live object or integration with the key's name (several: ambiguous). */
    List<String> idsOf(ResourceKey key) {
        return switch (key.kind()) {
            case TEAM -> matches(live.teams(), key.name());
            case SCHEDULE -> matches(live.schedules(), key.name());
            case ESCALATION_POLICY -> matches(live.escalationPolicies(), key.name());
            case SERVICE -> matches(live.services(), key.name());
            case INTEGRATION -> integrations(key);
        };
    }

    Optional<DeclaredObject> byId(String id) {
        return Stream.<List<? extends LiveObject<? extends DeclaredObject>>>of(
                        live.teams(), live.schedules(), live.escalationPolicies(), live.services())
                .flatMap(List::stream)
                .filter(object -> object.id().equals(id))
                .<DeclaredObject>map(LiveObject::object)
                .findFirst();
    }

    private static <T extends DeclaredObject> List<String> matches(List<LiveObject<T>> objects, String name) {
        return objects.stream()
                .filter(object -> object.object().name().equals(name))
                .map(LiveObject::id)
                .toList();
    }

    private List<String> integrations(ResourceKey key) {
        List<String> services = matches(live.services(), key.service().orElseThrow());
        if (services.size() != 1) {
            return List.of();
        }
        return live.integrationsOf(services.get(0)).stream()
                .filter(integration -> integration.integration().name().equals(key.name()))
                .map(LiveIntegration::id)
                .toList();
    }
}
