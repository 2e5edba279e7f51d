package io.pdgitops.roster;

import static io.pdgitops.roster.Rosters.ALL_DAY;
import static io.pdgitops.roster.Rosters.DAY;
import static io.pdgitops.roster.Rosters.FIRST_MONDAY;
import static io.pdgitops.roster.Rosters.NIGHT;
import static io.pdgitops.roster.Rosters.member;
import static io.pdgitops.roster.Rosters.onShift;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.validate.ViolationCode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RosterCompilerTest {

    private final RosterCompiler compiler = RosterCompiler.of(DstHandOffs.LOCAL_TIME);

    static LongStream seeds() {
        return LongStream.range(1, 26);
    }

    /**
     * Random rosters (2 to 9 members, up to two days off each, one to three shifts, sometimes a
     * member bound to a shift, sometimes a limit on days in a row): every roster either compiles to
     * a schedule whose RENDERING obeys every rule, or is rejected as infeasible with a reason.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyCompiledRosterRendersToAnAssignmentThatKeepsTheRules(long seed) {
        Roster roster = randomRoster(new Random(seed));

        RosterCompilation result = compiler.compile(roster);

        if (result instanceof RosterCompilation.Failed failed) {
            assertThat(failed.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.code()).isEqualTo(ViolationCode.ROSTER_INFEASIBLE));
            return;
        }
        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) result;
        int days = compiled.cycleWeeks() * 7;
        RenderedRoster rendered = RenderedRoster.of(roster, compiled.schedule(), days);
        for (int day = 0; day < days; day++) {
            DayOfWeek weekday = rendered.date(day).getDayOfWeek();
            List<String> today = new ArrayList<>();
            for (int shift = 0; shift < roster.shifts().size(); shift++) {
                String holder = rendered.holder(day, shift);
                RosterMember member = memberOf(roster, holder);
                assertThat(member.worksOn(weekday)).as("%s works on %s", holder, rendered.date(day)).isTrue();
                assertThat(member.takes(roster.shifts().get(shift).name())).isTrue();
                today.add(holder);
            }
            assertThat(today).as("one shift a day each on " + rendered.date(day)).doesNotHaveDuplicates();
        }
        roster.maxConsecutiveDays().ifPresent(limit -> assertThat(longestRun(rendered, days)).isLessThanOrEqualTo(limit));
        assertThat(compiled.hours()).extracting(MemberHours::perCycle)
                .containsExactlyElementsOf(roster.members().stream()
                        .map(m -> Duration.ofMinutes(rendered.minutes().getOrDefault(m.user(), 0L))).toList());
    }

    /**
     * Without shift preferences or limits, every member's hours over a cycle lie within one shift
     * length of each other.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void hoursOfInterchangeableMembersDifferByAtMostOneShift(long seed) {
        Random random = new Random(seed);
        List<RosterShift> shifts = random.nextBoolean() ? List.of(ALL_DAY) : List.of(DAY, NIGHT);
        List<RosterMember> members = new ArrayList<>();
        int size = 3 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
            members.add(member("m" + i, daysOff(random, 2)));
        }
        Roster roster = Rosters.daily(shifts, members);

        if (compiler.compile(roster) instanceof RosterCompilation.Compiled compiled) {
            List<Duration> hours = compiled.hours().stream().map(MemberHours::perCycle).sorted().toList();
            assertThat(hours.get(hours.size() - 1).minus(hours.get(0))).isLessThanOrEqualTo(shifts.get(0).length());
        } else {
            assertThat(size).as("only a small roster may be too small").isLessThan(5);
        }
    }

    @Test
    void dayAndNightBecomeOneLayerEachWithOneDayTurnsAndRestrictionsCarvingTheShift() {
        Roster roster = Rosters.daily(List.of(DAY, NIGHT),
                List.of(member("ann", SATURDAY, SUNDAY), member("ben"), member("cho", MONDAY), member("dev", FRIDAY)));

        Schedule schedule = ((RosterCompilation.Compiled) compiler.compile(roster)).schedule();

        assertThat(schedule.name()).isEqualTo("Test Roster");
        assertThat(schedule.origin()).isEqualTo(roster.origin());
        ScheduleLayer night = schedule.layers().get(1);
        assertThat(night.name()).contains("night");
        assertThat(night.start()).isEqualTo(OffsetDateTime.parse("2026-01-05T21:00:00+09:00"));
        // The hand-off sits in the middle of the night layer's off-time (09:00-21:00), where a daylight saving
        // change moving it by an hour under either hand-off rule cannot cut into a shift.
        assertThat(night.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-01-05T15:00:00+09:00"));
        assertThat(schedule.layers().get(0).rotationVirtualStart())
                .isEqualTo(OffsetDateTime.parse("2026-01-05T03:00:00+09:00"));
        assertThat(night.rotationTurnLength()).isEqualTo(Duration.ofDays(1));
        assertThat(night.users()).hasSize(schedule.layers().get(0).users().size()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(night.restrictions()).singleElement().satisfies(restriction -> {
            assertThat(restriction.startTimeOfDay()).isEqualTo(LocalTime.of(21, 0));
            assertThat(restriction.duration()).isEqualTo(Duration.ofHours(12));
        });
    }

    @Test
    void weeklyRotationWithoutDaysOffGivesEachMemberWholeWeeksInOneWeekTurns() {
        Roster roster = Rosters.roster(ZoneId.of("Asia/Tokyo"), FIRST_MONDAY, Roster.RotationUnit.WEEKLY, List.of(ALL_DAY),
                List.of(member("ann"), member("ben"), member("cho")), Optional.empty());

        ScheduleLayer layer = ((RosterCompilation.Compiled) compiler.compile(roster)).schedule().layers().get(0);

        assertThat(layer.rotationTurnLength()).isEqualTo(Duration.ofDays(7));
        assertThat(layer.users()).containsExactlyInAnyOrder("ann@example.com", "ben@example.com", "cho@example.com");
        assertThat(layer.restrictions()).isEmpty();
    }

    @Test
    void weeklyRotationKeepsTheShiftWithTheWeeksHolderExceptOnTheirDaysOff() {
        Roster roster = Rosters.roster(ZoneId.of("Asia/Tokyo"), FIRST_MONDAY, Roster.RotationUnit.WEEKLY, List.of(ALL_DAY),
                List.of(member("ann", SATURDAY, SUNDAY), member("ben", SATURDAY, SUNDAY), member("cho", WEDNESDAY)),
                Optional.empty());
        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) compiler.compile(roster);
        RenderedRoster rendered = RenderedRoster.of(roster, compiled.schedule(), 7);

        // ann holds the first Monday and keeps the week until her weekend; cho covers it.
        assertThat(IntStream.range(0, 7).mapToObj(day -> rendered.holder(day, 0)).toList()).containsExactly(
                "ann@example.com", "ann@example.com", "ann@example.com", "ann@example.com", "ann@example.com",
                "cho@example.com", "cho@example.com");
    }

    @Test
    void berlinRosterHandsOffAtTheSameWallClockTimeAcrossTheSpringChange() {
        // 2026-03-29 02:00 CET becomes 03:00 CEST; a 09:00 hand-off stays 09:00.
        Roster roster = Rosters.roster(ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 23), Roster.RotationUnit.DAILY,
                List.of(DAY, NIGHT), List.of(member("ann", SUNDAY), member("ben", MONDAY), member("cho"), member("dev")),
                Optional.empty());

        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) compiler.compile(roster);
        RenderedRoster rendered = RenderedRoster.of(roster, compiled.schedule(), 14);

        assertThat(rendered.holders()).allSatisfy(day -> assertThat(day).doesNotContainNull());
    }

    @Test
    void aDayWithFewerMembersThanShiftsIsExplained() {
        Roster roster = Rosters.daily(List.of(DAY, NIGHT),
                List.of(member("ann", SUNDAY), member("ben", SUNDAY), member("cho")));

        RosterCompilation.Failed failed = (RosterCompilation.Failed) compiler.compile(roster);

        assertThat(failed.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo(
                "roster cannot be staffed: Sunday needs 2 members (one per shift: day, night) but only 1 are available "
                        + "(cho@example.com); off on Sunday: ann@example.com, ben@example.com"));
    }

    /** Seven people, four 6-hour shifts, two days off each, at most 2 days in a row: staffed, everyone equal. */
    @Test
    void sevenPeopleFourSixHourShiftsTwoDaysOffAndTwoDaysInARowCompileFairly() {
        List<RosterShift> shifts = IntStream.range(0, 4)
                .mapToObj(i -> new RosterShift("q" + i, LocalTime.of(6 * i, 0), LocalTime.of((6 * i + 6) % 24, 0))).toList();
        List<RosterMember> members = IntStream.range(0, 7)
                .mapToObj(i -> member("m" + i, DayOfWeek.of(1 + i), DayOfWeek.of(1 + (i + 3) % 7))).toList();
        Roster roster = Rosters.roster(ZoneId.of("Asia/Tokyo"), FIRST_MONDAY, Roster.RotationUnit.DAILY, shifts, members,
                Optional.of(2));

        RosterCompilation result = compiler.compile(roster);

        assertThat(result).isInstanceOf(RosterCompilation.Compiled.class);
        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) result;
        int shiftsPerWeek = 7 * shifts.size() / members.size();
        assertThat(compiled.hours()).allSatisfy(hours -> assertThat(hours.shifts())
                .isEqualTo(shiftsPerWeek * compiled.cycleWeeks()));
        RenderedRoster rendered = RenderedRoster.of(roster, compiled.schedule(), compiled.cycleWeeks() * 7);
        assertThat(longestRun(rendered, compiled.cycleWeeks() * 7)).isLessThanOrEqualTo(2);
    }

    /** Every weekday has enough people on paper; only rest between a night and the next day rules it out. */
    @Test
    void aRosterThatOnlyRestMakesImpossibleIsProvenImpossibleNamingRest() {
        Roster roster = Rosters.daily(List.of(DAY, NIGHT), List.of(onShift("ann", "day", DayOfWeek.TUESDAY),
                onShift("ben", "night", MONDAY), member("cho")));

        RosterCompilation.Failed failed = (RosterCompilation.Failed) compiler.compile(roster);

        assertThat(failed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ViolationCode.ROSTER_INFEASIBLE);
            assertThat(problem.message()).startsWith("roster cannot be staffed: rest between shifts (nobody takes `night` then")
                    .contains("makes it impossible").contains("proven for").doesNotContain("search limit");
        });
    }

    /** Two shifts a weekday that only one member at work may take, although the day has enough people. */
    @Test
    void aSetOfShiftsWithTooFewMembersWhoMayTakeThemIsNamed() {
        List<RosterShift> shifts = List.of(new RosterShift("early", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                new RosterShift("late", LocalTime.of(14, 0), LocalTime.of(22, 0)),
                new RosterShift("night", LocalTime.of(22, 0), LocalTime.of(6, 0)));
        Roster roster = Rosters.daily(shifts, List.of(member("ann", SUNDAY), onShift("ben", "night"),
                onShift("cho", "night"), member("dev")));

        RosterCompilation.Failed failed = (RosterCompilation.Failed) compiler.compile(roster);

        assertThat(failed.problems()).extracting(RosterProblem::message).containsExactly(
                "roster cannot be staffed: Sunday needs 2 members for the shifts early, late but only 1 are at work and "
                        + "may take them (dev@example.com); off on Sunday: ann@example.com");
    }

    @Test
    void selfCheckRejectsLayersThatDoNotRenderAsTheAssignment() {
        Roster roster = Rosters.daily(List.of(DAY), List.of(member("ann", SUNDAY), member("ben", SATURDAY)));
        RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) compiler.compile(roster);
        CycleGrid grid = new CycleGrid(roster, compiled.cycleWeeks() * 7);
        Schedule schedule = compiled.schedule();
        ScheduleLayer layer = schedule.layers().get(0);
        List<String> rotated = new ArrayList<>(layer.users());
        Collections.rotate(rotated, 1);
        Schedule tampered = new Schedule(schedule.name(), schedule.description(), schedule.timeZone(), schedule.teams(),
                List.of(new ScheduleLayer(layer.name(), layer.start(), layer.end(), layer.rotationVirtualStart(),
                        layer.rotationTurnLength(), rotated, layer.restrictions())), schedule.origin());
        Assignment assignment = assignmentOf(roster, schedule, grid);

        new SelfCheck(new io.pdgitops.schedule.ScheduleRenderer()).verify(grid, assignment, schedule);
        assertThatThrownBy(() -> new SelfCheck(new io.pdgitops.schedule.ScheduleRenderer()).verify(grid, assignment, tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the `day` layer compiled from roster `Test Roster` renders");
    }

    private static Assignment assignmentOf(Roster roster, Schedule schedule, CycleGrid grid) {
        int[][] slots = new int[grid.cycleDays()][grid.shiftCount()];
        for (int day = 0; day < grid.cycleDays(); day++) {
            for (int shift = 0; shift < grid.shiftCount(); shift++) {
                String user = schedule.layers().get(shift).users().get(day);
                slots[day][shift] = roster.members().stream().map(RosterMember::user).toList().indexOf(user);
            }
        }
        return new Assignment(slots);
    }

    private static Roster randomRoster(Random random) {
        List<List<RosterShift>> shiftSets = List.of(List.of(ALL_DAY), List.of(DAY, NIGHT),
                List.of(new RosterShift("early", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                        new RosterShift("late", LocalTime.of(14, 0), LocalTime.of(22, 0)),
                        new RosterShift("night", LocalTime.of(22, 0), LocalTime.of(6, 0))));
        List<RosterShift> shifts = shiftSets.get(random.nextInt(shiftSets.size()));
        int size = 2 + random.nextInt(8);
        List<RosterMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            DayOfWeek[] off = daysOff(random, random.nextInt(3));
            members.add(random.nextInt(5) == 0
                    ? onShift("m" + i, shifts.get(random.nextInt(shifts.size())).name(), off)
                    : member("m" + i, off));
        }
        Optional<Integer> limit = random.nextInt(3) == 0 ? Optional.of(3 + random.nextInt(3)) : Optional.empty();
        Roster.RotationUnit rotation = random.nextBoolean() ? Roster.RotationUnit.DAILY : Roster.RotationUnit.WEEKLY;
        // A 24-hour shift is refused where clocks change (RosterAcrossDstTest), so it is drawn in Tokyo only.
        boolean tokyo = random.nextBoolean() || shifts.contains(ALL_DAY);
        return Rosters.roster(ZoneId.of(tokyo ? "Asia/Tokyo" : "America/New_York"),
                FIRST_MONDAY.plusDays(random.nextInt(7)), rotation, shifts, members, limit);
    }

    private static DayOfWeek[] daysOff(Random random, int count) {
        EnumSet<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
        while (off.size() < count) {
            off.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        return off.toArray(DayOfWeek[]::new);
    }

    private static RosterMember memberOf(Roster roster, String user) {
        return roster.members().stream().filter(m -> m.user().equals(user)).findFirst()
                .orElseThrow(() -> new AssertionError("nobody or a stranger on call: " + user));
    }

    private static int longestRun(RenderedRoster rendered, int days) {
        int longest = 0;
        for (RosterMember member : rendered.roster().members()) {
            int run = 0;
            for (int step = 0; step < 2 * days; step++) {
                run = rendered.holders().get(step % days).contains(member.user()) ? run + 1 : 0;
                longest = Math.max(longest, Math.min(run, days));
            }
        }
        return longest;
    }

}
