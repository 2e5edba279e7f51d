package io.pdgitops.plan;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.oncall.OnCallDifferences;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The on-call difference of every schedule a plan creates or updates, over the next two weeks. */
public final class PlanOnCall {

    private PlanOnCall() {
    }

    public static List<OnCallDifference> differences(Plan plan, DesiredState desired, LiveState live, Instant now) {
        List<OnCallDifference> differences = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            if (step.key().kind() != ResourceKind.SCHEDULE || step.action() == StepAction.DELETE) {
                continue;
            }
            Optional<Schedule> wanted = desired.schedule(step.key().name());
            Optional<Schedule> current = live.schedules().stream()
                    .filter(object -> step.liveId().map(id -> id.equals(object.id())).orElse(false))
                    .map(LiveObject::object)
                    .findFirst();
            if (wanted.isEmpty()) {
                continue;
            }
            TimeRange range = TimeRange.days(now, OnCallDifferences.PLAN_DAYS, wanted.get().timeZone());
            DstHandOffs rule = desired.settings().dstHandOffs();
            if (renderable(current, wanted.get(), range, rule)) {
                differences.add(OnCallDifferences.between(current, wanted.get(), range, rule));
            }
        }
        return differences;
    }

    /**
     * A live schedule PagerDuty accepted may still be one the renderer refuses (say a turn shorter
     * than an hour made in the UI); such a schedule gets no on-call section rather than failing the plan.
     */
    private static boolean renderable(Optional<Schedule> live, Schedule desired, TimeRange range, DstHandOffs rule) {
        try {
            live.ifPresent(schedule -> SchedulePreview.of(schedule, range, rule));
            SchedulePreview.of(desired, range, rule);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
