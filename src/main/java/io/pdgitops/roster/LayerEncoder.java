package io.pdgitops.roster;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.ScheduleLayer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Encodes an assignment as PagerDuty layers, one per shift in declaration order. A layer's turn is
 * one day, anchored in the off-time before the shift's start on the roster's first day (see {@link #anchor}),
 * so turn k is cycle day k; its
 * users list holds one entry per cycle day (PagerDuty allows repeats), and a daily restriction cuts
 * the turn down to the shift's hours (none for a 24-hour shift). When every week of the cycle has a
 * single member on a shift, the layer uses one-week turns and one entry per week instead.
 * The start and the rotation anchor are whole minutes, as PagerDuty requires.
 */
final class LayerEncoder {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private LayerEncoder() {
    }

    static List<ScheduleLayer> layers(CycleGrid grid, Assignment assignment) {
        List<ScheduleLayer> layers = new ArrayList<>();
        for (int shift = 0; shift < grid.shiftCount(); shift++) {
            layers.add(layer(grid, assignment, shift));
        }
        return layers;
    }

    private static ScheduleLayer layer(CycleGrid grid, Assignment assignment, int shift) {
        Roster roster = grid.roster();
        RosterShift declared = roster.shifts().get(shift);
        OffsetDateTime start = ZonedDateTime.of(roster.start(), declared.start(), roster.timeZone()).toOffsetDateTime();
        OffsetDateTime anchor = anchor(roster, declared);
        boolean weekly = oneMemberPerWeek(assignment, shift);
        List<String> users = new ArrayList<>();
        for (int day = 0; day < assignment.cycleDays(); day += weekly ? 7 : 1) {
            users.add(roster.members().get(assignment.member(day, shift)).user());
        }
        List<LayerRestriction> restrictions = declared.length().equals(DAY)
                ? List.of()
                : List.of(new LayerRestriction(LayerRestriction.Type.DAILY, Optional.empty(), declared.start(), declared.length()));
        return new ScheduleLayer(Optional.of(declared.name()), start, Optional.empty(), anchor,
                weekly ? WEEK : DAY, users, restrictions);
    }

    /**
     * The rotation anchor: the middle of the off-time before the shift's first start, on the wall clock. How
     * PagerDuty counts whole-day turns across a daylight saving change is not documented; under either reading a
     * hand-off moves by at most the change itself, so a hand-off in the middle of the hours nobody of this layer works
     * never cuts into a shift, and turn k still holds exactly the shift of cycle day k. A 24-hour shift has no
     * off-time: its hand-off is the shift's start.
     */
    static OffsetDateTime anchor(Roster roster, RosterShift shift) {
        Duration offTime = DAY.minus(shift.length());
        LocalDateTime shiftStart = LocalDateTime.of(roster.start(), shift.start());
        LocalDateTime middle = shiftStart.minus(offTime.dividedBy(2)).truncatedTo(ChronoUnit.MINUTES);
        return ZonedDateTime.of(middle, roster.timeZone()).toOffsetDateTime();
    }

    private static boolean oneMemberPerWeek(Assignment assignment, int shift) {
        for (int day = 0; day < assignment.cycleDays(); day++) {
            if (assignment.member(day, shift) != assignment.member(day - day % 7, shift)) {
                return false;
            }
        }
        return true;
    }
}
