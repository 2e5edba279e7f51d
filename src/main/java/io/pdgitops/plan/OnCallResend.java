package io.pdgitops.plan;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffAction;
import io.pdgitops.diff.ResourceDiff;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.oncall.OnCallDrift;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A schedule whose every field matches Git while PagerDuty's final schedule pages someone else is still a change:
 * re-sending its layers is how PagerDuty renders Git's intent again. Schedules that already change get nothing
 * more, since their update re-sends every layer anyway.
 */
public final class OnCallResend {

    /** Why the step exists when it changes no field, shown under it. */
    public static final String REASON = "every field matches, but PagerDuty's final schedule pages someone other than Git "
            + "says: apply re-sends the layers";

    private OnCallResend() {
    }

    /** Adds an update draft per such schedule; returns how many were added (they are no longer no-ops). */
    static int add(Diff diff, List<OnCallDrift> onCall, Map<ResourceKey, Planner.Draft> drafts) {
        Set<String> drifted = onCall.stream().filter(OnCallDrift::drifted).map(OnCallDrift::schedule)
                .collect(Collectors.toSet());
        int added = 0;
        for (ResourceDiff resource : diff.resources()) {
            if (resource.key().kind() == ResourceKind.SCHEDULE && resource.action() == DiffAction.NO_OP
                    && resource.liveIds().size() == 1 && drifted.contains(resource.key().name())
                    && !drafts.containsKey(resource.key())) {
                drafts.put(resource.key(), new Planner.Draft(StepAction.UPDATE, resource.key(),
                        Optional.of(resource.liveIds().get(0)), List.of()));
                added++;
            }
        }
        return added;
    }

    /** Whether {@code step} of {@code plan} is such a re-send: it changes no field of a schedule that differs. */
    public static boolean isResend(Plan plan, PlanStep step) {
        return step.action() == StepAction.UPDATE && step.key().kind() == ResourceKind.SCHEDULE
                && step.changes().isEmpty() && step.rotations().isEmpty()
                && plan.onCallDrifted().stream().anyMatch(drift -> drift.schedule().equals(step.key().name()));
    }
}
