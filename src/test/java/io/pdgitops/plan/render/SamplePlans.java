package io.pdgitops.plan.render;

import io.pdgitops.diff.DiffAction;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.PlanSummary;
import io.pdgitops.plan.StepAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans built by hand, so each rendering test knows exactly what it renders. */
final class SamplePlans {

    static final PlanStep CREATE_TEAM = new PlanStep("1", StepAction.CREATE, key(ResourceKind.TEAM, "Ops Tokyo"),
            Optional.empty(), List.of(FieldChange.of("description", "\"Tokyo operations\"", null)), List.of());
    static final PlanStep UPDATE_SERVICE = new PlanStep("2", StepAction.UPDATE, key(ResourceKind.SERVICE, "Payments API"),
            Optional.of("PSVC1"), List.of(FieldChange.of("auto_resolve_timeout", "disabled", "4h")), List.of("1"));
    static final PlanStep DELETE_POLICY = new PlanStep("3", StepAction.DELETE, key(ResourceKind.ESCALATION_POLICY, "Old | Retired"),
            Optional.of("PEP9"), List.of(), List.of("2"));

    private SamplePlans() {
    }

    static Plan small() {
        return new Plan(PlanStatus.READY, Optional.empty(), List.of(CREATE_TEAM, UPDATE_SERVICE, DELETE_POLICY), List.of(),
                List.of("would prune Team `Gone` [PT9] (prune disabled)"), new PlanSummary(1, 1, 1, 2, 0));
    }

    static Plan refused() {
        return new Plan(PlanStatus.REFUSED, Optional.of("the plan deletes 1 objects, more than max_deletions (0)"),
                List.of(DELETE_POLICY), List.of(), List.of(), new PlanSummary(0, 0, 1, 0, 0));
    }

    static Plan withAmbiguity() {
        ResourceDiff ambiguous = new ResourceDiff(key(ResourceKind.SERVICE, "Twice"), DiffAction.AMBIGUOUS,
                List.of("PS1", "PS2"), List.of());
        return new Plan(PlanStatus.READY, Optional.empty(), List.of(), List.of(ambiguous), List.of("Service `Twice` matches 2"),
                new PlanSummary(0, 0, 0, 4, 1));
    }

    static Plan empty() {
        return new Plan(PlanStatus.READY, Optional.empty(), List.of(), List.of(), List.of(), new PlanSummary(0, 0, 0, 7, 0));
    }

    static Plan noted(String note) {
        return new Plan(PlanStatus.READY, Optional.empty(), List.of(CREATE_TEAM), List.of(), List.of(note),
                new PlanSummary(1, 0, 0, 0, 0));
    }

    static Plan creates(int count) {
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            steps.add(new PlanStep(Integer.toString(i), StepAction.CREATE, key(ResourceKind.TEAM, "Team " + i),
                    Optional.empty(), List.of(FieldChange.of("description", "\"team " + i + "\"", null)), List.of()));
        }
        return new Plan(PlanStatus.READY, Optional.empty(), steps, List.of(), List.of(), new PlanSummary(count, 0, 0, 0, 0));
    }

    private static ResourceKey key(ResourceKind kind, String name) {
        return new ResourceKey(kind, name, Optional.empty());
    }
}
