package io.pdgitops.roster;

/**
 * Who takes each shift on each day of a cycle: {@code member(day, shift)} is an index into the
 * roster's members. Immutable once built.
 */
final class Assignment {

    private final int[][] memberByDayAndShift;

    Assignment(int[][] memberByDayAndShift) {
        this.memberByDayAndShift = new int[memberByDayAndShift.length][];
        for (int day = 0; day < memberByDayAndShift.length; day++) {
            this.memberByDayAndShift[day] = memberByDayAndShift[day].clone();
        }
    }

    int cycleDays() {
        return memberByDayAndShift.length;
    }

    int member(int day, int shift) {
        return memberByDayAndShift[day][shift];
    }
}
