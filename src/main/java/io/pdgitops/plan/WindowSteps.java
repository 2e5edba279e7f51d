package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.WindowChange;
import io.pdgitops.diff.WindowResources;
import io.pdgitops.model.WindowPhase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PagerDuty windows behind each maintenance window step: the diff's changes for a declared window, and for a
 * pruned one a delete of each of its open windows, which the step then lists so that a reviewer sees them.
 */
final class WindowSteps {

    private WindowSteps() {
    }

    /** @return by window name, the changes of every window step in {@code drafts}, whose prunes it fills in */
    static Map<String, List<WindowChange>> settle(Diff diff, Map<ResourceKey, Planner.Draft> drafts) {
        Map<String, List<WindowChange>> byName = new LinkedHashMap<>();
        for (Map.Entry<ResourceKey, Planner.Draft> entry : drafts.entrySet()) {
            ResourceKey key = entry.getKey();
            if (key.kind() != ResourceKind.MAINTENANCE_WINDOW) {
                continue;
            }
            Planner.Draft draft = entry.getValue();
            if (draft.action() != StepAction.DELETE) {
                byName.put(key.name(), diff.windows().getOrDefault(key.name(), List.of()));
                continue;
            }
            List<WindowChange> deletes = diff.live().windows().stream()
                    .filter(window -> window.window().name().equals(key.name()))
                    .filter(window -> window.window().phaseAt(diff.now()) != WindowPhase.PAST)
                    .map(window -> new WindowChange(WindowChange.Action.DELETE, window.window(), Optional.of(window.id()),
                            List.of()))
                    .toList();
            byName.put(key.name(), deletes);
            // As for a declared window's step, an id only when the step stands for one PagerDuty window.
            Optional<String> liveId = deletes.size() == 1 ? deletes.get(0).liveId() : Optional.empty();
            entry.setValue(new Planner.Draft(StepAction.DELETE, key, liveId, WindowResources.fieldChanges(deletes),
                    List.of(), draft.declaredIn()));
        }
        return byName;
    }
}
