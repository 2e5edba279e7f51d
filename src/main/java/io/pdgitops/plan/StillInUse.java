package io.pdgitops.plan;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Drops deletes that PagerDuty would refuse: an object still used by a live object that this plan
 * neither deletes nor updates away from it (an ambiguous service, say). Dropping one delete can
 * block another (the schedule of a policy that stays), so this repeats until nothing changes.
 */
final class StillInUse {

    private StillInUse() {
    }

    static void dropBlockedDeletes(Map<ResourceKey, Planner.Draft> drafts, DesiredState desired, LiveState live,
            List<String> notes) {
        Map<ResourceKey, List<LiveObject<? extends DeclaredObject>>> usersOf = usersByReference(live);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (Iterator<Planner.Draft> it = drafts.values().iterator(); it.hasNext(); ) {
                Planner.Draft draft = it.next();
                if (draft.action() != StepAction.DELETE) {
                    continue;
                }
                Optional<LiveObject<? extends DeclaredObject>> user = usersOf.getOrDefault(draft.key(), List.of()).stream()
                        .filter(candidate -> !goesAway(candidate, draft.key(), drafts, desired))
                        .findFirst();
                if (user.isPresent()) {
                    it.remove();
                    dropped = true;
                    notes.add(draft.key() + " is no longer declared but is still used by "
                            + ResourceKey.of(ObjectKey.of(user.get().object())) + " [" + user.get().id() + "]: not pruned");
                }
            }
        }
    }

    /**
     * Every live object, under each key it references. Business services are not among them: PagerDuty deletes a
     * service together with its dependencies, so naming a service never keeps it alive.
     */
    private static Map<ResourceKey, List<LiveObject<? extends DeclaredObject>>> usersByReference(LiveState live) {
        Map<ResourceKey, List<LiveObject<? extends DeclaredObject>>> users = new HashMap<>();
        Stream.<List<? extends LiveObject<? extends DeclaredObject>>>of(
                        live.teams(), live.schedules(), live.escalationPolicies(), live.services())
                .flatMap(List::stream)
                .forEach(object -> References.of(object.object())
                        .forEach(key -> users.computeIfAbsent(key, k -> new ArrayList<>()).add(object)));
        return users;
    }

    /** The user is deleted too, or updated to what Git declares and Git no longer uses the deleted object. */
    private static boolean goesAway(LiveObject<? extends DeclaredObject> user, ResourceKey deleted,
            Map<ResourceKey, Planner.Draft> drafts, DesiredState desired) {
        ResourceKey key = ResourceKey.of(ObjectKey.of(user.object()));
        Planner.Draft step = drafts.get(key);
        if (step == null || !step.liveId().equals(Optional.of(user.id()))) {
            return false;
        }
        return step.action() == StepAction.DELETE
                || Planner.declared(desired, key).map(object -> !References.of(object).contains(deleted)).orElse(false);
    }
}
