package io.pdgitops.reconcile;

import io.pdgitops.model.DstHandOffs;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftMarkdownRenderer;
import io.pdgitops.drift.render.DriftTextRenderer;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.OverrideEntry;
import io.pdgitops.pagerduty.dto.RenderedEntry;
import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import io.pdgitops.pagerduty.dto.ScheduleWrite;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.plan.PlanOptions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On-call drift against the sandbox: a layer's users reordered in PagerDuty (as someone would in the UI) are
 * reported as the shifts whose person differs, Git's person (the settled state apply would send) and PagerDuty's
 * each checked against their own rendering; an override is shown apart and is not drift; an apply heals the reorder.
 */
class OnCallDriftTest {

    private static final DesiredState EXAMPLE = DriftTest.EXAMPLE;
    private static final String OSAKA = "Ops Osaka Day";
    private static final int DAYS = 14;

    private SandboxAccount account;
    private PagerDutyClient ui;

    @BeforeEach
    void applyTheExample() {
        account = SandboxAccount.example();
        assertThat(account.apply(EXAMPLE).succeeded()).isTrue();
        ui = account.client;
    }

    @Test
    void rightAfterAnApplyEveryScheduleInPagerDutyPagesWhomGitSays() {
        DriftReport report = drift(DAYS);

        assertThat(report.onCall()).extracting(OnCallDrift::schedule)
                .containsExactlyInAnyOrderElementsOf(EXAMPLE.schedules().stream().map(Schedule::name).toList());
        assertThat(report.onCall()).noneMatch(OnCallDrift::drifted);
        assertThat(report.hasDrift()).isFalse();
        assertThat(report.onCall()).allSatisfy(drift -> assertThat(drift.range().length().toDays()).isEqualTo(DAYS));
    }

    @Test
    void reorderedUsersAreReportedAsTheShiftsThatDifferAndAnApplyHealsThem() {
        reverseUsersOfTheFirstLayer(OSAKA);

        DriftReport report = drift(DAYS);

        assertThat(report.hasDrift()).isTrue();
        assertThat(report.onCallDrifted()).isEqualTo(1);
        OnCallDrift osaka = onCall(report, OSAKA);
        assertThat(osaka.differences()).isNotEmpty().allSatisfy(shift -> {
            assertThat(shift.git()).isNotEqualTo(shift.pagerDuty());
            assertThat(shift.pagerDuty()).isEqualTo(pagerDutyPagesAt(OSAKA, shift.start()));
            assertThat(shift.git()).isEqualTo(gitSaysAt(OSAKA, shift.start()));
        });
        OnCallDrift.Shift first = osaka.differences().get(0);
        String sentence = "Git says " + first.git().orElseThrow() + ", PagerDuty pages " + first.pagerDuty().orElseThrow();
        assertThat(new DriftTextRenderer().render(report)).contains(sentence).contains(" JST: ")
                .contains("1 schedule pages someone other than Git says");
        assertThat(new DriftMarkdownRenderer().render(report)).contains(sentence);
        assertThat(new DriftJsonRenderer().render(report)).contains("\"on_call_drifted\" : 1")
                .contains("\"pagerduty\" : \"" + first.pagerDuty().orElseThrow() + "\"");

        assertThat(account.apply(EXAMPLE).succeeded()).isTrue();

        DriftReport healed = drift(DAYS);
        assertThat(healed.onCall()).noneMatch(OnCallDrift::drifted);
        assertThat(healed.hasDrift()).isFalse();
    }

    @Test
    void aPlanThatComparesWhoIsPagedShowsTheShiftsAndItsApplyHealsThem() {
        reverseUsersOfTheFirstLayer(OSAKA);
        Reconciler reconciler = account.reconciler().withOnCallHorizon(DAYS);

        Reconciler.Planned planned = plan(reconciler);

        Plan plan = planned.plan();
        assertThat(plan.hasChanges()).isTrue();
        assertThat(plan.steps()).extracting(step -> step.key().name()).contains(OSAKA);
        assertThat(plan.onCallDrifted()).extracting(OnCallDrift::schedule).containsExactly(OSAKA);
        OnCallDrift.Shift first = plan.onCallDrifted().get(0).differences().get(0);
        assertThat(first.pagerDuty()).isEqualTo(pagerDutyPagesAt(OSAKA, first.start()));
        assertThat(first.git()).isEqualTo(gitSaysAt(OSAKA, first.start()));
        String sentence = "Git says " + first.git().orElseThrow() + ", PagerDuty pages " + first.pagerDuty().orElseThrow();
        assertThat(new TextPlanRenderer(false).render(plan)).contains(sentence).contains(" JST: ");
        assertThat(new MarkdownPlanRenderer().render(plan)).contains(sentence);
        assertThat(new JsonPlanRenderer().render(plan)).contains("\"pagerduty\" : \"" + first.pagerDuty().orElseThrow() + "\"");
        long readsBefore = account.reads();
        assertThat(reconciler.onCallDrift(planned, DAYS)).as("the plan's own comparison").isEqualTo(plan.onCall());
        assertThat(account.reads()).as("no second read of the renderings").isEqualTo(readsBefore);

        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();

        Plan next = plan(reconciler).plan();
        assertThat(next.steps()).isEmpty();
        assertThat(next.onCallDrifted()).isEmpty();
        assertThat(drift(DAYS).hasDrift()).isFalse();
    }

    @Test
    void comparingWhoIsPagedCostsOneReadPerScheduleOnTopOfTheFieldReads() {
        long before = account.reads();
        plan(account.reconciler());
        long fieldsOnly = account.reads() - before;

        before = account.reads();
        Plan plan = plan(account.reconciler().withOnCallHorizon(DAYS)).plan();

        assertThat(account.reads() - before).isEqualTo(fieldsOnly + EXAMPLE.schedules().size());
        assertThat(plan.onCall()).hasSize(EXAMPLE.schedules().size()).noneMatch(OnCallDrift::drifted);
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void anOverrideIsShownApartAndIsNotDrift() {
        String id = ui.schedules().findByName(OSAKA).get(0).id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Instant busy = firstShiftAfter(OSAKA, now.plusDays(1).toInstant());
        String stranger = ui.users().findByEmail("oliver.bennett@example.com").orElseThrow().id();
        OffsetDateTime start = OffsetDateTime.ofInstant(busy, ZoneOffset.UTC);
        ui.schedules().createOverrides(id, List.of(OverrideEntry.of(start, start.plusHours(2), stranger)));

        DriftReport report = drift(DAYS);

        OnCallDrift osaka = onCall(report, OSAKA);
        assertThat(osaka.differences()).isEmpty();
        assertThat(osaka.overridden()).singleElement().satisfies(shift -> {
            assertThat(shift.start()).isEqualTo(busy);
            assertThat(shift.pagerDuty()).hasValue("oliver.bennett@example.com");
            assertThat(shift.git()).isEqualTo(gitSaysAt(OSAKA, busy));
        });
        assertThat(report.hasDrift()).isFalse();
        assertThat(new DriftTextRenderer().render(report)).contains("an override pages oliver.bennett@example.com");
    }

    @Test
    void theHorizonIsTheNumberOfDaysAsked() {
        reverseUsersOfTheFirstLayer(OSAKA);

        OnCallDrift shortView = onCall(drift(3), OSAKA);
        OnCallDrift longView = onCall(drift(28), OSAKA);

        assertThat(shortView.range().length().toDays()).isEqualTo(3);
        assertThat(longView.differences()).allSatisfy(shift -> assertThat(shift.end()).isBeforeOrEqualTo(longView.range().end()));
        assertThat(shortView.differences()).allSatisfy(shift -> assertThat(shift.end()).isBeforeOrEqualTo(shortView.range().end()));
        assertThat(longView.differences().size()).isGreaterThan(shortView.differences().size());
    }

    private void reverseUsersOfTheFirstLayer(String name) {
        io.pdgitops.pagerduty.dto.ScheduleDto schedule = ui.schedules().findByName(name).get(0);
        List<LayerWrite> layers = new ArrayList<>();
        for (int i = 0; i < schedule.layers().size(); i++) {
            ScheduleLayerDto layer = schedule.layers().get(i);
            List<io.pdgitops.pagerduty.dto.LayerUser> users = new ArrayList<>(layer.users());
            if (i == 0) {
                Collections.reverse(users);
            }
            layers.add(new LayerWrite(layer.id(), layer.name(), layer.start(), null, layer.rotationVirtualStart(),
                    layer.rotationTurnLengthSeconds(), users, layer.restrictions()));
        }
        ui.schedules().update(schedule.id(), new ScheduleWrite(null, null, null, layers, null));
    }

    private DriftReport drift(int days) {
        Reconciler reconciler = account.reconciler();
        Reconciler.Planned planned = plan(reconciler);
        return DriftReport.of(planned.diff(), reconciler.onCallDrift(planned, days));
    }

    private static Reconciler.Planned plan(Reconciler reconciler) {
        return reconciler.plan(EXAMPLE, Inventory.none(), PlanOptions.from(EXAMPLE.settings().sync(), false));
    }

    private static OnCallDrift onCall(DriftReport report, String schedule) {
        return report.onCall().stream().filter(drift -> drift.schedule().equals(schedule)).findFirst().orElseThrow();
    }

    private Optional<String> pagerDutyPagesAt(String name, Instant instant) {
        String id = ui.schedules().findByName(name).get(0).id();
        OffsetDateTime at = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        List<RenderedEntry> entries = ui.schedules().get(id, RenderWindow.of(at, at.plusMinutes(1)))
                .finalSchedule().renderedScheduleEntries();
        return entries.stream().findFirst().map(entry -> ui.users().get(entry.user().id()).email());
    }

    /** Git's side is what apply would send: the declared schedule settled against PagerDuty's (position kept). */
    private Optional<String> gitSaysAt(String name, Instant instant) {
        Schedule schedule = account.reconciler().plan(EXAMPLE, Inventory.none(),
                PlanOptions.from(EXAMPLE.settings().sync(), false)).desired().schedule(name).orElseThrow();
        return SchedulePreview.of(schedule, new TimeRange(instant, instant.plusSeconds(60)), DstHandOffs.LOCAL_TIME).shifts().stream()
                .findFirst().map(entry -> entry.user());
    }

    private static Instant firstShiftAfter(String name, Instant from) {
        Schedule schedule = EXAMPLE.schedule(name).orElseThrow();
        return SchedulePreview.of(schedule, new TimeRange(from, from.plus(java.time.Duration.ofDays(7))), DstHandOffs.LOCAL_TIME).shifts()
                .get(0).start();
    }
}
