package io.pdgitops.roster;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterShift;
import io.pdgitops.validate.ViolationCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a roster's shifts keep their hours under both readings of how PagerDuty hands whole-day turns off across a
 * daylight saving change ({@link DstHandOffs}). A compiled layer hands off in the middle of its shift's off-time, so a
 * change moving the hand-off by its size (elapsed-time hand-offs) stays off shift as long as half the off-time is at
 * least the change. A shift of more than 22 hours has no such room: after a change its hand-off would move into the
 * shift and an hour of it would go to the day before's holder, who may be off that day. The check does not depend on
 * {@code schedules.dst_hand_offs}: that setting is a reading of an undocumented behaviour, and a roster compiled on
 * a wrong reading must still keep everyone's days off.
 */
final class DstShiftRule {

    /** Daylight saving changes of the next years are looked for from the roster's start: no clock is read. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(2 * 366);

    private DstShiftRule() {
    }

    static List<RosterProblem> check(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>();
        Duration change = largestChange(roster);
        if (change.isZero()) {
            return problems;
        }
        for (int i = 0; i < roster.shifts().size(); i++) {
            RosterShift shift = roster.shifts().get(i);
            Duration offTime = Duration.ofDays(1).minus(shift.length());
            if (offTime.dividedBy(2).compareTo(change) < 0) {
                problems.add(new RosterProblem(ViolationCode.ROSTER_SHIFT_ACROSS_DST, FieldPath.of("shifts", i),
                        "shift `" + shift.name() + "` lasts " + shift.length().toHours() + " h, and " + roster.timeZone()
                                + " changes its clocks by " + change.toMinutes() + " min: if PagerDuty hands whole-day turns off by"
                                + " elapsed time, its hand-off moves into the shift after a change, giving part of it to"
                                + " someone who may be off that day; split it into two shifts with at least "
                                + 2 * change.toMinutes() + " min between them"));
            }
        }
        return problems;
    }

    /** The largest offset change of the roster's zone within the look-ahead from its start; zero without changes. */
    private static Duration largestChange(Roster roster) {
        ZoneId zone = roster.timeZone();
        Instant from = roster.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration largest = Duration.ZERO;
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
        while (transition != null && transition.getInstant().isBefore(from.plus(LOOK_AHEAD))) {
            Duration size = transition.getDuration().abs();
            largest = size.compareTo(largest) > 0 ? size : largest;
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return largest;
    }
}
