package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterShift;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The geometry of a roster cycle of whole weeks from the start date: which weekday each day is, and
 * where each shift lies on a timeline of minutes from the first midnight (wall clock, so the
 * arithmetic is the same in every time zone).
 */
record CycleGrid(Roster roster, int cycleDays) {

    static final int MINUTES_PER_DAY = 24 * 60;

    List<RosterShift> shifts() {
        return roster.shifts();
    }

    int shiftCount() {
        return roster.shifts().size();
    }

    DayOfWeek weekday(int day) {
        return roster.start().plusDays(day).getDayOfWeek();
    }

    long startMinute(int day, int shift) {
        RosterShift declared = roster.shifts().get(shift);
        return (long) day * MINUTES_PER_DAY + declared.start().toSecondOfDay() / 60;
    }

    long lengthMinutes(int shift) {
        return roster.shifts().get(shift).length().toMinutes();
    }

    /**
     * True when the two slots overlap or one starts the minute the other ends, on the cycle's
     * circle (the last night of a cycle touches the first morning of the next).
     */
    boolean touch(int dayA, int shiftA, int dayB, int shiftB) {
        long circle = (long) cycleDays * MINUTES_PER_DAY;
        long startA = startMinute(dayA, shiftA);
        long startB = startMinute(dayB, shiftB);
        long gapAfterA = Math.floorMod(startB - startA, circle) - lengthMinutes(shiftA);
        long gapAfterB = Math.floorMod(startA - startB, circle) - lengthMinutes(shiftB);
        return gapAfterA <= 0 || gapAfterB <= 0;
    }
}
