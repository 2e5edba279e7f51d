package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pdgitops.model.Schedule;
import io.pdgitops.model.Target;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster joins the schedules under its name before validation, so references to it resolve. */
class RosterLoadingTest {

    private static final String POLICY = """
            kind: EscalationPolicy
            name: Ops
            rules:
              - escalation_delay: 30m
                targets: [{schedule: Ops Day}]
            """;

    @TempDir
    Path repo;

    @Test
    void anEscalationPolicyTargetsTheScheduleCompiledFromARoster() throws IOException {
        write(roster("[{user: ann@example.com, days_off: [sun]}, {user: ben@example.com, days_off: [sat]}]") + "---\n" + POLICY);

        LoadResult result = ConfigLoader.load(repo);

        // A day shift alone leaves the nights to nobody: a warning on the rule, not a dangling reference.
        assertThat(result.violations()).extracting(v -> v.code().id()).containsExactly("rule-reaches-nobody");
        Schedule schedule = result.state().schedule("Ops Day").orElseThrow();
        assertThat(result.state().rosterOf(schedule)).map(r -> r.name()).contains("Ops Day");
        assertThat(schedule.origin().location().line()).isEqualTo(1);
        assertThat(schedule.layers().get(0).users()).containsOnly("ann@example.com", "ben@example.com");
        assertThat(result.state().escalationPolicy("Ops").orElseThrow().rules().get(0).targets())
                .containsExactly(Target.schedule("Ops Day"));
    }

    @Test
    void aRosterThatCannotBeStaffedYieldsItsOwnErrorAndNoScheduleButNoDanglingReference() throws IOException {
        write(roster("[{user: ann@example.com, days_off: [sun]}, {user: ben@example.com, days_off: [sun]}]") + "---\n" + POLICY);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).extracting(Violation::format).containsExactly(
                "roster.yaml:7:1: error roster-infeasible roster cannot be staffed: nobody can take the `day` shift on Sunday: "
                        + "it needs 1 member, 0 are available; off on Sunday: ann@example.com, ben@example.com");
        assertThat(result.state().schedule("Ops Day")).isEmpty();
    }

    @Test
    void aRostersCoverageRuleIsCheckedOnTheScheduleItCompilesTo() throws IOException {
        String members = "[{user: ann@example.com, days_off: [sun]}, {user: ben@example.com, days_off: [sat]}]";
        write(roster(members) + "coverage: 24x7\n");

        LoadResult dayShiftOnly = ConfigLoader.load(repo);

        assertThat(dayShiftOnly.state().schedule("Ops Day").orElseThrow().coverage()).isPresent();
        assertThat(dayShiftOnly.violations()).extracting(v -> v.code().id(), v -> v.location().file())
                .containsExactly(tuple("coverage-gap", "roster.yaml"));

        write(roster(members) + "coverage: {weekly: [{days: [mon, tue, wed, thu, fri, sat, sun], start: \"09:00\", "
                + "end: \"21:00\"}]}\n");

        assertThat(ConfigLoader.load(repo).violations()).isEmpty();
    }

    private static String roster(String members) {
        return """
                kind: Roster
                name: Ops Day
                time_zone: Asia/Tokyo
                start: "2026-01-05"
                shifts:
                  - {name: day, start: "09:00", end: "21:00"}
                members: %s
                """.formatted(members);
    }

    private void write(String text) throws IOException {
        Files.writeString(repo.resolve("roster.yaml"), text);
    }
}
