package io.pdgitops.plan;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DeclaredObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live state as pd-gitops sees it once {@code pd-gitops adopt} has said which of several same-named PagerDuty
 * objects Git means: the others of that kind and name are taken out of view before the diff, so the plan matches the
 * adopted one, apply resolves the name to its id, and the others are left alone (never updated, never pruned: an
 * inventory records names, so it can never say that pd-gitops created one of them in particular).
 *
 * <p>A pin whose id is no longer in PagerDuty under that kind and name (deleted or renamed there) is ignored:
 * hiding the others then would make the plan create yet another copy.
 */
public final class AdoptedObjects {

    private AdoptedObjects() {
    }

    public static LiveState narrow(LiveState live, Map<ResourceKey, String> adopted) {
        if (adopted.isEmpty()) {
            return live;
        }
        return new LiveState(
                narrow(live.teams(), ResourceKind.TEAM, adopted),
                narrow(live.schedules(), ResourceKind.SCHEDULE, adopted),
                narrow(live.escalationPolicies(), ResourceKind.ESCALATION_POLICY, adopted),
                narrow(live.services(), ResourceKind.SERVICE, adopted),
                live.integrations(),
                live.users(),
                live.windows(),
                narrow(live.businessServices(), ResourceKind.BUSINESS_SERVICE, adopted),
                narrow(live.webhookSubscriptions(), ResourceKind.WEBHOOK_SUBSCRIPTION, adopted));
    }

    private static <T extends DeclaredObject> List<LiveObject<T>> narrow(List<LiveObject<T>> objects,
            ResourceKind kind, Map<ResourceKey, String> adopted) {
        return objects.stream().filter(object -> kept(object, objects, kind, adopted)).toList();
    }

    private static <T extends DeclaredObject> boolean kept(LiveObject<T> object, List<LiveObject<T>> all,
            ResourceKind kind, Map<ResourceKey, String> adopted) {
        String pinned = adopted.get(new ResourceKey(kind, object.object().name(), Optional.empty()));
        if (pinned == null || pinned.equals(object.id())) {
            return true;
        }
        boolean pinStillHolds = all.stream()
                .anyMatch(other -> other.id().equals(pinned) && other.object().name().equals(object.object().name()));
        return !pinStillHolds;
    }
}
