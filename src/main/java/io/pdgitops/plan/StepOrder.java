package io.pdgitops.plan;

import io.pdgitops.diff.ResourceKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders steps: creates and updates by kind (teams, schedules, escalation policies, services, integrations),
 * then deletes in the reverse kind order; within that, every step after the steps it depends on.
 */
final class StepOrder {

    private StepOrder() {
    }

    static int phase(StepAction action, ResourceKey key) {
        int kind = key.kind().ordinal();
        return action == StepAction.DELETE ? 100 - kind : kind;
    }

    /**
     * @param drafts in diff order
     * @param dependencies each key's prerequisites, all of them keys of {@code drafts}
     */
    static List<Planner.Draft> sort(List<Planner.Draft> drafts, Map<ResourceKey, Set<ResourceKey>> dependencies) {
        List<Planner.Draft> waiting = new ArrayList<>(drafts);
        waiting.sort(Comparator.comparingInt(draft -> phase(draft.action(), draft.key())));
        List<Planner.Draft> ordered = new ArrayList<>();
        Set<ResourceKey> done = new java.util.HashSet<>();
        while (!waiting.isEmpty()) {
            // A dependency cycle cannot come from a valid repository; if one did, plan order breaks it.
            Planner.Draft next = waiting.stream()
                    .filter(draft -> done.containsAll(dependencies.getOrDefault(draft.key(), Set.of())))
                    .findFirst()
                    .orElse(waiting.get(0));
            waiting.remove(next);
            ordered.add(next);
            done.add(next.key());
        }
        return ordered;
    }
}
