package io.pdgitops.roster;

import io.pdgitops.model.RosterMember;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hours per member in a cycle, the fair cap a search starts from, and how unequal a result is. */
final class FairShare {

    private FairShare() {
    }

    /**
     * The smallest cap on a member's minutes per cycle that can work: for every set of shifts, the
     * shifts' total time divided among the members who may take any of them (one group cannot pass
     * its work to members who may not take it), rounded up to what whole shifts can add up to.
     */
    static long capMinutes(CycleGrid grid) {
        List<RosterMember> members = grid.roster().members();
        int shifts = grid.shiftCount();
        long bound = 0;
        for (int set = 1; set < 1 << shifts; set++) {
            long demand = 0;
            for (int shift = 0; shift < shifts; shift++) {
                if ((set & 1 << shift) != 0) {
                    demand += grid.lengthMinutes(shift) * grid.cycleDays();
                }
            }
            final int chosen = set;
            long supply = members.stream().filter(member -> takesAnyOf(grid, member, chosen)).count();
            if (supply > 0) {
                bound = Math.max(bound, ceilDiv(demand, supply));
            }
        }
        long step = stepMinutes(grid);
        return ceilDiv(bound, step) * step;
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

    private static boolean takesAnyOf(CycleGrid grid, RosterMember member, int shiftSet) {
        for (int shift = 0; shift < grid.shiftCount(); shift++) {
            if ((shiftSet & 1 << shift) != 0 && member.takes(grid.shifts().get(shift).name())) {
                return true;
            }
        }
        return false;
    }

    private static long stepMinutes(CycleGrid grid) {
        BigInteger step = BigInteger.ZERO;
        for (int shift = 0; shift < grid.shiftCount(); shift++) {
            step = step.gcd(BigInteger.valueOf(grid.lengthMinutes(shift)));
        }
        return Math.max(1, step.longValue());
    }

    private static long ceilDiv(long numerator, long denominator) {
        return -Math.floorDiv(-numerator, denominator);
    }
}
