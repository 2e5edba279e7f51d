package io.pdgitops.plan;

import io.pdgitops.model.DstHandOffs;
import static io.pdgitops.oncall.Schedules.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.UserDirectory;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.LiveRendering;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.OnCallDrifts;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.Schedules;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.schedule.Entry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A schedule whose fields all match Git while PagerDuty's final schedule pages someone else (a rendering rule
 * PagerDuty applies differently, say) is a change in the plan: one update that re-sends its layers, shown with the
 * shifts that differ. The same schedule rendered alike is no step at all.
 */
class OnCallResendTest {

    private static final Instant NOW = MONDAY_9.toInstant().plus(Duration.ofHours(3));
    private static final Schedule OPS = Schedules.rotation("Ops", Duration.ofDays(1),
            List.of("a@example.com", "b@example.com", "c@example.com"));
    private static final TimeRange RANGE = TimeRange.days(NOW, OnCallDrifts.DEFAULT_HORIZON_DAYS, OPS.timeZone());

    @Test
    void aScheduleThatPagesSomeoneElseWithEveryFieldEqualIsUpdated() {
        Diff diff = noOpDiff();
        List<Entry> git = SchedulePreview.of(OPS, RANGE, DstHandOffs.LOCAL_TIME).shifts();
        // PagerDuty hands the second shift of the range to the person Git has on the third.
        Entry second = git.get(1);
        Entry swapped = new Entry(git.get(2).user(), second.start(), second.end());
        List<Entry> pagerDuty = new java.util.ArrayList<>(git);
        pagerDuty.set(1, swapped);
        OnCallDrift drift = OnCallDrifts.between(OPS, new LiveRendering("Ops", pagerDuty, List.of()), RANGE, DstHandOffs.LOCAL_TIME);

        Plan plan = Planner.plan(diff, Inventory.none(), new PlanOptions(false, 10, false), Set.of(), List.of(drift));

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(StepAction.UPDATE);
            assertThat(step.key().name()).isEqualTo("Ops");
            assertThat(step.liveId()).hasValue("PSCHED1");
            assertThat(step.changes()).isEmpty();
            assertThat(OnCallResend.isResend(plan, step)).isTrue();
        });
        assertThat(plan.summary().update()).isEqualTo(1);
        assertThat(plan.summary().noOp()).isZero();
        assertThat(plan.hasChanges()).isTrue();
        String sentence = "Git says " + second.user() + ", PagerDuty pages " + swapped.user();
        assertThat(new TextPlanRenderer(false).render(plan)).contains(OnCallResend.REASON).contains(sentence)
                .contains(" JST: ");
        assertThat(new MarkdownPlanRenderer().render(plan)).contains(OnCallResend.REASON).contains(sentence);
        assertThat(new JsonPlanRenderer().render(plan)).contains("\"on_call_resend\" : true")
                .contains("\"pagerduty\" : \"" + swapped.user() + "\"").contains("\"git\" : \"" + second.user() + "\"");
    }

    @Test
    void aScheduleRenderedAlikeIsNoStep() {
        Diff diff = noOpDiff();
        OnCallDrift same = OnCallDrifts.between(OPS,
                new LiveRendering("Ops", SchedulePreview.of(OPS, RANGE, DstHandOffs.LOCAL_TIME).shifts(), List.of()), RANGE, DstHandOffs.LOCAL_TIME);

        Plan plan = Planner.plan(diff, Inventory.none(), new PlanOptions(false, 10, false), Set.of(), List.of(same));

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.summary().noOp()).isEqualTo(1);
        assertThat(plan.onCall()).containsExactly(same);
        assertThat(new TextPlanRenderer(false).render(plan)).doesNotContain("Who is paged");
        assertThat(new JsonPlanRenderer().render(plan)).contains("\"drift\" : false");
    }

    private static Diff noOpDiff() {
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(OPS), List.of(), List.of(), 1);
        LiveState live = new LiveState(List.of(), List.of(new LiveObject<>("PSCHED1", OPS)), List.of(), List.of(),
                Map.of(), UserDirectory.empty());
        Diff diff = Diff.between(desired, live, new DiffOptions(NOW));
        assertThat(Planner.plan(diff, Inventory.none(), new PlanOptions(false, 10, false)).steps())
                .as("every field matches").isEmpty();
        return diff;
    }
}
