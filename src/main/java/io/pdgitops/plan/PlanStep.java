package io.pdgitops.plan;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.RotationDecision;
import java.util.List;
import java.util.Optional;

/**
 * One change to PagerDuty.
 *
 * @param id stable within the plan: {@code 1}, {@code 2}, ... in execution order
 * @param liveId the PagerDuty id for updates and deletes
 * @param dependsOn ids of earlier steps that must succeed first; when one fails, this one is skipped
 * @param rotations for a schedule update, how each running layer whose users change is treated
 * @param declaredIn for a prune delete, the repository file that declared the object when it was applied, when
 *     the inventory recorded it: a reviewer sees which removed file the delete comes from
 */
public record PlanStep(
        String id,
        StepAction action,
        ResourceKey key,
        Optional<String> liveId,
        List<FieldChange> changes,
        List<String> dependsOn,
        List<RotationDecision> rotations,
        Optional<String> declaredIn) {

    public PlanStep {
        changes = List.copyOf(changes);
        dependsOn = List.copyOf(dependsOn);
        rotations = List.copyOf(rotations);
    }

    /** A step that names no declaring file. */
    public PlanStep(String id, StepAction action, ResourceKey key, Optional<String> liveId, List<FieldChange> changes,
            List<String> dependsOn, List<RotationDecision> rotations) {
        this(id, action, key, liveId, changes, dependsOn, rotations, Optional.empty());
    }

    /** A step that changes no running layer's users. */
    public PlanStep(String id, StepAction action, ResourceKey key, Optional<String> liveId, List<FieldChange> changes,
            List<String> dependsOn) {
        this(id, action, key, liveId, changes, dependsOn, List.of());
    }
}
