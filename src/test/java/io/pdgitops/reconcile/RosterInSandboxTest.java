package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.RenderedEntry;
import io.pdgitops.roster.DeclaredScheduleDefinition;
import io.pdgitops.schedule.Entry;
import io.pdgitops.schedule.RenderedSchedule;
import io.pdgitops.schedule.ScheduleRenderer;
import io.pdgitops.schedule.Window;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compiled roster applied through our client to the sandbox renders there (GET
 * /schedules/{id}?since&until, {@code final_schedule}) exactly as the local renderer previews it,
 * over eight weeks from the next Monday. The roster starts in the past, so the sandbox rewrites the
 * layers' starts to the time of the apply, as PagerDuty does; the rotation anchor keeps the
 * calendar.
 */
class RosterInSandboxTest {

    private static final Path CASE = Path.of("src/test/resources/roster/five-people-two-days-off");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void sandboxFinalScheduleEqualsTheLocalPreviewForEightWeeks() {
        SandboxAccount account = new SandboxAccount(SandboxAccount.seed(CASE.resolve("sandbox-seed.yaml")));
        DesiredState desired = SandboxAccount.load(CASE.resolve("repo"));
        Schedule compiled = desired.schedule("Five Person 24x7").orElseThrow();
        assertThat(account.apply(desired).succeeded()).isTrue();

        OffsetDateTime since = ZonedDateTime.now(TOKYO).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .with(LocalTime.of(9, 0)).toOffsetDateTime();
        OffsetDateTime until = since.plusWeeks(8);
        String id = account.client.schedules().findByName(compiled.name()).get(0).id();
        List<RenderedEntry> remote = account.client.schedules().get(id, RenderWindow.of(since, until))
                .finalSchedule().renderedScheduleEntries();

        RenderedSchedule local = new ScheduleRenderer().render(DeclaredScheduleDefinition.of(compiled),
                new Window(since.toInstant(), until.toInstant(), false));
        List<String> expected = local.finalSchedule().entries().stream().map(RosterInSandboxTest::line).toList();
        List<String> actual = remote.stream().map(entry -> line(account, entry)).toList();

        assertThat(expected).hasSizeGreaterThanOrEqualTo(8 * 7); // at least a hand-off a day
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void planSaysWhichRosterAScheduleIsCompiledFromAndEveryMembersHours() {
        SandboxAccount account = new SandboxAccount(SandboxAccount.seed(CASE.resolve("sandbox-seed.yaml")));
        DesiredState desired = SandboxAccount.load(CASE.resolve("repo"));

        List<String> notes = account.plan(desired).notes();

        assertThat(notes).containsExactly(
                "Schedule `Five Person 24x7` is compiled from roster roster.yaml:3:1 (cycle of 5 weeks): layers "
                        + "`day` 09:00-21:00, 1d turns, 35 users; `night` 21:00-09:00, 1d turns, 35 users",
                "Schedule `Five Person 24x7` hours per week: ann@example.com 33h36m, ben@example.com 33h36m, "
                        + "cho@example.com 33h36m, dev@example.com 33h36m, eli@example.com 33h36m");
    }

    private static String line(Entry entry) {
        return entry.start() + " " + entry.end() + " " + entry.user();
    }

    private static String line(SandboxAccount account, RenderedEntry entry) {
        String email = account.client.users().get(entry.user().id()).email();
        return entry.start().toInstant() + " " + entry.end().toInstant() + " " + email;
    }
}
