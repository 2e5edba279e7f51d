package io.pdgitops.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.Schedule;
import io.pdgitops.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden roster calendars: the repository in {@code repo/} is loaded (so the roster goes through the
 * loader and compiler), the compiled schedule is rendered for four weeks, and {@code expected.txt}
 * holds the layers, the hours and the day-by-day calendar.
 */
class RosterGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/roster");

    /**
     * Five people, day shift 09:00-21:00 and night shift 21:00-09:00, each with two days off
     * (ann sat+sun, ben mon+tue, cho wed+thu, dev fri+sat, eli sun+mon), 2026-01-05 (a Monday)
     * onwards. Checked by hand in expected.txt: no line names someone in the "off" list of that
     * day; nobody works two shifts on one day; nobody's night is followed by that person's day
     * shift the next morning; each of the 14 weekly shifts goes to someone; over the 5-week cycle
     * (70 shifts of 12 h) everyone has exactly 14 shifts, 168 h, i.e. 33 h 36 m a week.
     */
    @Test
    void fivePeopleWithTwoDaysOffEachForFourWeeks() throws IOException {
        assertGolden("five-people-two-days-off", 28);
    }

    private static void assertGolden(String name, int days) throws IOException {
        Path folder = CASES.resolve(name);
        LoadResult loaded = ConfigLoader.load(folder.resolve("repo"));
        assertThat(loaded.violations()).isEmpty();
        Roster roster = loaded.state().rosters().get(0);
        Schedule schedule = loaded.state().schedule(roster.name()).orElseThrow();
        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) RosterCompiler.of(DstHandOffs.LOCAL_TIME).compile(roster);

        StringBuilder text = new StringBuilder();
        text.append("cycle ").append(compiled.cycleWeeks()).append(" weeks\n");
        schedule.layers().forEach(layer -> text.append("layer ").append(layer.name().orElseThrow())
                .append(" start ").append(layer.start()).append(" turn ").append(layer.rotationTurnLength())
                .append(" restrictions ").append(layer.restrictions().size())
                .append(" users ").append(layer.users().size()).append('\n'));
        compiled.hours().forEach(hours -> text.append(String.format(Locale.ROOT, "hours %-20s %2d shifts %s per cycle, %s per week%n",
                hours.user(), hours.shifts(), hours.perCycle(), hours.perWeek())));
        text.append(RosterCalendar.of(roster, schedule, days));
        GoldenFiles.assertMatchesExpected(folder, text.toString());
    }
}
