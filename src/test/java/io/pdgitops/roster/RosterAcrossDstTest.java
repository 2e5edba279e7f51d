package io.pdgitops.roster;

import static io.pdgitops.roster.Rosters.ALL_DAY;
import static io.pdgitops.roster.Rosters.DAY;
import static io.pdgitops.roster.Rosters.NIGHT;
import static io.pdgitops.roster.Rosters.member;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.validate.ViolationCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rosters whose first weeks cross a daylight saving change (spring and autumn, New York and
 * Berlin, and Tokyo, which has none, over the same weeks): under either reading of how PagerDuty hands whole-day
 * turns off across a change, nobody is on call on a day off, before, during or after the change, and every shift has
 * one holder from its start to its end. A shift of 22 hours, whose hand-off an hour's move takes exactly to its edge,
 * still keeps its hours; a 24-hour shift cannot under elapsed-time hand-offs and is refused in a zone with daylight
 * saving whichever rule the repository sets. The days off come from the roster input itself.
 */
class RosterAcrossDstTest {

    /** Two hours off a day: half of it is exactly the hour a change can move the hand-off by. */
    private static final RosterShift TWENTY_TWO_HOURS = new RosterShift("long", LocalTime.of(8, 0), LocalTime.of(6, 0));

    static Stream<Arguments> changes() {
        List<Arguments> cases = new java.util.ArrayList<>();
        for (DstHandOffs rule : DstHandOffs.values()) {
            cases.add(Arguments.of("America/New_York", LocalDate.of(2026, 3, 8), rule));
            cases.add(Arguments.of("America/New_York", LocalDate.of(2026, 11, 1), rule));
            cases.add(Arguments.of("Europe/Berlin", LocalDate.of(2026, 3, 29), rule));
            cases.add(Arguments.of("Europe/Berlin", LocalDate.of(2026, 10, 25), rule));
            cases.add(Arguments.of("Asia/Tokyo", LocalDate.of(2026, 3, 8), rule));
            cases.add(Arguments.of("Asia/Tokyo", LocalDate.of(2026, 11, 1), rule));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("changes")
    void nobodyIsOnCallOnADayOffAcrossTheChange(String zoneId, LocalDate change, DstHandOffs rule) {
        RosterCompiler compiler = RosterCompiler.of(rule);
        ZoneId zone = ZoneId.of(zoneId);
        boolean changesClocks = !zone.getRules().getOffset(change.minusDays(1).atStartOfDay())
                .equals(zone.getRules().getOffset(change.plusDays(1).atStartOfDay()));
        assertThat(changesClocks).as("%s changes its offset on %s", zoneId, change).isEqualTo(!zoneId.equals("Asia/Tokyo"));
        LocalDate start = change.with(TemporalAdjusters.previous(MONDAY));
        List<RosterMember> members = List.of(member("ana", SATURDAY, SUNDAY), member("ben", MONDAY, TUESDAY),
                member("cho", WEDNESDAY), member("dev", FRIDAY), member("eli", SUNDAY));
        for (List<RosterShift> shifts : List.of(List.of(ALL_DAY), List.of(DAY, NIGHT), List.of(TWENTY_TWO_HOURS))) {
            Roster roster = Rosters.roster(zone, start, Roster.RotationUnit.DAILY, shifts, members, Optional.empty());

            RosterCompilation result = compiler.compile(roster);
            if (changesClocks && shifts.contains(ALL_DAY)) {
                assertThat(((RosterCompilation.Failed) result).problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.code()).isEqualTo(ViolationCode.ROSTER_SHIFT_ACROSS_DST));
                continue;
            }
            RosterCompilation.Compiled compiled = (RosterCompilation.Compiled) result;

            int days = compiled.cycleWeeks() * 7;
            assertThat(start.plusDays(days)).as("the rendered days cross the change").isAfter(change);
            RenderedRoster rendered = RenderedRoster.of(roster, compiled.schedule(), days, rule);
            for (int day = 0; day < days; day++) {
                for (int shift = 0; shift < shifts.size(); shift++) {
                    String holder = rendered.holder(day, shift);
                    assertThat(holder).as("someone holds %s on %s", shifts.get(shift).name(), rendered.date(day)).isNotNull();
                    RosterMember member = members.stream().filter(m -> m.user().equals(holder)).findFirst().orElseThrow();
                    assertThat(member.worksOn(rendered.date(day).getDayOfWeek()))
                            .as("%s works on %s (%s)", holder, rendered.date(day), rendered.date(day).getDayOfWeek())
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DstHandOffs.class)
    void aShiftWithLessThanTwiceTheChangeOffIsRefusedWhereClocksChangeWhicheverRuleIsSet(DstHandOffs rule) {
        RosterShift twentyThreeHours = new RosterShift("long", LocalTime.of(8, 0), LocalTime.of(7, 0));
        Roster roster = Rosters.roster(ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 23), Roster.RotationUnit.DAILY,
                List.of(twentyThreeHours), List.of(member("ann"), member("ben")), Optional.empty());

        RosterCompilation.Failed failed = (RosterCompilation.Failed) RosterCompiler.of(rule).compile(roster);

        assertThat(failed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ViolationCode.ROSTER_SHIFT_ACROSS_DST);
            assertThat(problem.message()).contains("`long` lasts 23 h", "Europe/Berlin", "60 min", "at least 120 min");
        });
    }
}
