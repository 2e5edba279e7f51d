package io.pdgitops.plan;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code pd-gitops adopt KIND ID} pins: the declared object of that kind whose name the live object {@code ID}
 * has. Refused, with a sentence saying why, when PagerDuty has no such id, the id is of another kind, or the
 * repository declares no object of that kind and name: a pin nothing uses would only hide a typo.
 *
 * @param key the declared object the id now stands for
 * @param others the ids of the other live objects of that kind and name, which pd-gitops leaves alone from now on
 */
public record Adoption(ResourceKey key, String id, List<String> others) {

    public Adoption {
        others = List.copyOf(others);
    }

    /** An id that cannot be adopted; the message says why. */
    public static final class RefusedException extends IllegalArgumentException {
        RefusedException(String message) {
            super(message);
        }
    }

    /** @throws RefusedException when the id cannot stand for a declared object of {@code kind} */
    public static Adoption of(ResourceKind kind, String id, DesiredState desired, LiveState live) {
        if (kind.objectKind().isEmpty()) {
            throw new RefusedException("integrations are not adopted: delete the extra integration in PagerDuty");
        }
        Map<ResourceKind, List<? extends LiveObject<? extends DeclaredObject>>> byKind = Map.of(
                ResourceKind.TEAM, live.teams(), ResourceKind.SCHEDULE, live.schedules(),
                ResourceKind.ESCALATION_POLICY, live.escalationPolicies(), ResourceKind.SERVICE, live.services(),
                ResourceKind.BUSINESS_SERVICE, live.businessServices(),
                ResourceKind.WEBHOOK_SUBSCRIPTION, live.webhookSubscriptions());
        Optional<? extends LiveObject<? extends DeclaredObject>> found = byKind.get(kind).stream()
                .filter(object -> object.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            Optional<String> otherKind = Stream.of(ResourceKind.values()).filter(byKind::containsKey)
                    .filter(other -> byKind.get(other).stream().anyMatch(object -> object.id().equals(id)))
                    .map(other -> " it is a " + other.displayName() + " (`" + byKind.get(other).stream()
                            .filter(object -> object.id().equals(id)).findFirst().orElseThrow().object().name() + "`)")
                    .findFirst();
            throw new RefusedException("PagerDuty has no " + kind.displayName() + " with id " + id
                    + otherKind.map(text -> ":" + text).orElse(""));
        }
        String name = found.get().object().name();
        ResourceKey key = new ResourceKey(kind, name, Optional.empty());
        boolean declared = desired.objects().stream().anyMatch(object -> ResourceKey.of(ObjectKey.of(object)).equals(key));
        if (!declared) {
            throw new RefusedException(kind.displayName() + " " + id + " is named `" + name
                    + "`, and the repository declares no " + kind.displayName() + " of that name: declare it first");
        }
        if (name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new RefusedException(key + " has a tab or line break in its name, which an inventory line cannot hold");
        }
        List<String> others = byKind.get(kind).stream()
                .filter(object -> object.object().name().equals(name) && !object.id().equals(id))
                .map(LiveObject::id).toList();
        return new Adoption(key, id, others);
    }
}
