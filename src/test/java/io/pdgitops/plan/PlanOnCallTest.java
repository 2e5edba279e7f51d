package io.pdgitops.plan;

import static io.pdgitops.oncall.Schedules.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.LiveState;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.UserDirectory;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.oncall.Schedules;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.oncall.render.OnCallDifferenceText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanOnCallTest {

    private static final Instant NOW = MONDAY_9.toInstant();
    private static final Schedule LIVE = Schedules.rotation("Ops", Duration.ofDays(1), List.of("a@example.com", "b@example.com"));
    private static final Schedule DESIRED = Schedules.rotation("Ops", Duration.ofDays(1),
            List.of("a@example.com", "b@example.com", "c@example.com"));
    private static final Schedule NEW = Schedules.rotation("Night", Duration.ofDays(7), List.of("n@example.com"));

    private static Plan plan(PlanStep... steps) {
        return new Plan(PlanStatus.READY, Optional.empty(), List.of(steps), List.of(), List.of(),
                new PlanSummary(1, 1, 0, 0, 0));
    }

    private static PlanStep step(String id, StepAction action, String name, Optional<String> liveId) {
        return new PlanStep(id, action, new ResourceKey(ResourceKind.SCHEDULE, name, Optional.empty()), liveId, List.of(), List.of());
    }

    @Test
    void everyCreatedOrUpdatedScheduleGetsItsTwoWeekDifference() {
        Plan plan = plan(step("1", StepAction.UPDATE, "Ops", Optional.of("PSCHED1")),
                step("2", StepAction.CREATE, "Night", Optional.empty()));
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(DESIRED, NEW), List.of(), List.of(), 1);
        LiveState live = new LiveState(List.of(), List.of(new LiveObject<>("PSCHED1", LIVE)), List.of(), List.of(), Map.of(),
                UserDirectory.empty());

        List<OnCallDifference> differences = PlanOnCall.differences(plan, desired, live, NOW);

        assertThat(differences).extracting(OnCallDifference::schedule).containsExactly("Ops", "Night");
        OnCallDifference ops = differences.get(0);
        assertThat(ops.range().length()).isEqualTo(Duration.ofDays(14));
        // Over 14 days a b a b ... becomes a b c a b c ...: c takes 4 days, a and b give up 2 each.
        assertThat(ops.timeGained()).isEqualTo(Map.of("a@example.com", Duration.ofHours(-48),
                "b@example.com", Duration.ofHours(-48), "c@example.com", Duration.ofHours(96)));
        assertThat(differences.get(1).created()).isTrue();

        String markdown = new MarkdownPlanRenderer().render(plan, differences);
        assertThat(markdown).contains("**On call in the next 14 days**")
                .contains("*Ops* (Asia/Tokyo)\n\n| From | To | Before | After |")
                .contains("| Wed 2026-01-07 09:00+09:00 | Thu 2026-01-08 09:00+09:00 | a@example.com | c@example.com |")
                .contains("On-call time: a@example.com -48h, b@example.com -48h, c@example.com +96h")
                .contains("*Night* (Asia/Tokyo): new schedule");
        assertThat(new OnCallDifferenceText().render(differences)).isEqualTo("""

                On call in the next 14 days:
                  Ops: 8 periods change hands; a@example.com -48h, b@example.com -48h, c@example.com +96h
                  Night: 1 period changes hands; n@example.com +336h
                """);
    }

    @Test
    void deletesAndOtherKindsHaveNoOnCallSection() {
        Plan plan = plan(step("1", StepAction.DELETE, "Ops", Optional.of("PSCHED1")));
        DesiredState desired = new DesiredState(RepoSettings.defaults(), List.of(), List.of(), List.of(), List.of(), 1);

        assertThat(PlanOnCall.differences(plan, desired, LiveState.empty(), NOW)).isEmpty();
        assertThat(new MarkdownPlanRenderer().render(plan, List.of())).doesNotContain("On call");
    }
}
