package io.pdgitops.plan;

import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.WindowChange;
import io.pdgitops.oncall.OnCallDrift;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered list of steps that makes PagerDuty match Git.
 *
 * @param refusal why the plan is {@link PlanStatus#REFUSED}
 * @param ambiguous declared objects that several live objects match: left alone
 * @param notes what people should know that is not a step (no prune, would-prune, forced deletions)
 * @param onCall per declared schedule PagerDuty has once, who its final schedule pages against who Git says over
 *     the plan's horizon; a schedule that differs gets an update step even when every field matches, so that apply
 *     re-sends its layers. Empty when PagerDuty's renderings were not read.
 * @param windows for each maintenance window step, by the window's name, the PagerDuty windows it creates, updates
 *     and deletes: what apply carries out, while the step's changes say the same to people
 */
public record Plan(
        PlanStatus status,
        Optional<String> refusal,
        List<PlanStep> steps,
        List<ResourceDiff> ambiguous,
        List<String> notes,
        PlanSummary summary,
        List<OnCallDrift> onCall,
        Map<String, List<WindowChange>> windows) {

    public Plan {
        steps = List.copyOf(steps);
        ambiguous = List.copyOf(ambiguous);
        notes = List.copyOf(notes);
        onCall = List.copyOf(onCall);
        windows = Map.copyOf(windows);
    }

    /** A plan without maintenance window steps. */
    public Plan(PlanStatus status, Optional<String> refusal, List<PlanStep> steps, List<ResourceDiff> ambiguous,
            List<String> notes, PlanSummary summary, List<OnCallDrift> onCall) {
        this(status, refusal, steps, ambiguous, notes, summary, onCall, Map.of());
    }

    /** A plan made without reading PagerDuty's renderings. */
    public Plan(PlanStatus status, Optional<String> refusal, List<PlanStep> steps, List<ResourceDiff> ambiguous,
            List<String> notes, PlanSummary summary) {
        this(status, refusal, steps, ambiguous, notes, summary, List.of());
    }

    /** What the plan shows of {@link #onCall}: schedules that differ or that an override in PagerDuty changes. */
    public List<OnCallDrift> onCallToShow() {
        return onCall.stream().filter(drift -> drift.drifted() || !drift.overridden().isEmpty()).toList();
    }

    /** The schedules whose final schedule in PagerDuty pages someone other than Git says. */
    public List<OnCallDrift> onCallDrifted() {
        return onCall.stream().filter(OnCallDrift::drifted).toList();
    }

    public boolean hasChanges() {
        return !steps.isEmpty();
    }
}
