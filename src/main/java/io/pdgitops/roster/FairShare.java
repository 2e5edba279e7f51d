package io.pdgitops.roster;

import io.pdgitops.model.RosterMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hours and shifts per member in a cycle, and how unequal an assignment is. */
final class FairShare {

    private FairShare() {
    }

    /** The largest difference in minutes between two members who may take the same shifts. */
    static long spreadMinutes(CycleGrid grid, Assignment assignment) {
        long[] minutes = minutesPerMember(grid, assignment);
        Map<Optional<String>, long[]> rangeByGroup = new HashMap<>();
        List<RosterMember> members = grid.roster().members();
        for (int i = 0; i < members.size(); i++) {
            long value = minutes[i];
            rangeByGroup.merge(members.get(i).shift(), new long[] {value, value},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        return rangeByGroup.values().stream().mapToLong(range -> range[1] - range[0]).max().orElse(0);
    }

    static long[] minutesPerMember(CycleGrid grid, Assignment assignment) {
        long[] minutes = new long[grid.roster().members().size()];
        forEachSlot(grid, assignment, (member, shift) -> minutes[member] += grid.lengthMinutes(shift));
        return minutes;
    }

    static int[] shiftsPerMember(CycleGrid grid, Assignment assignment) {
        int[] count = new int[grid.roster().members().size()];
        forEachSlot(grid, assignment, (member, shift) -> count[member]++);
        return count;
    }

    private interface SlotVisitor {
        void visit(int member, int shift);
    }

    private static void forEachSlot(CycleGrid grid, Assignment assignment, SlotVisitor visitor) {
        for (int day = 0; day < assignment.cycleDays(); day++) {
            for (int shift = 0; shift < grid.shiftCount(); shift++) {
                visitor.visit(assignment.member(day, shift), shift);
            }
        }
    }
}
