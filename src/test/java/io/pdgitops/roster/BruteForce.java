package io.pdgitops.roster;

import io.pdgitops.model.RosterMember;
import java.util.List;
import java.util.OptionalLong;

/**
 * Enumerates every assignment of a cycle, member by member for each slot, with no pruning beyond
 * the day's own rules, and checks each whole assignment against the roster's rules written out
 * again from the README (not from the solver's model).
 */
final class BruteForce {

    private BruteForce() {
    }

    static OptionalLong smallestSpread(CycleGrid grid) {
        int[][] slots = new int[grid.cycleDays()][grid.shiftCount()];
        long[] best = {Long.MAX_VALUE};
        enumerate(grid, slots, 0, best);
        return best[0] == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(best[0]);
    }

    private static void enumerate(CycleGrid grid, int[][] slots, int index, long[] best) {
        int shifts = grid.shiftCount();
        if (index == grid.cycleDays() * shifts) {
            Assignment assignment = new Assignment(slots);
            if (keepsTheRules(grid, assignment)) {
                best[0] = Math.min(best[0], FairShare.spreadMinutes(grid, assignment));
            }
            return;
        }
        int day = index / shifts;
        int shift = index % shifts;
        List<RosterMember> members = grid.roster().members();
        for (int member = 0; member < members.size(); member++) {
            if (members.get(member).worksOn(grid.weekday(day)) && members.get(member).takes(grid.shifts().get(shift).name())) {
                slots[day][shift] = member;
                enumerate(grid, slots, index + 1, best);
            }
        }
    }

    static boolean keepsTheRules(CycleGrid grid, Assignment assignment) {
        int days = grid.cycleDays();
        int shifts = grid.shiftCount();
        int members = grid.roster().members().size();
        boolean[][] works = new boolean[members][days];
        for (int day = 0; day < days; day++) {
            for (int shift = 0; shift < shifts; shift++) {
                int member = assignment.member(day, shift);
                RosterMember declared = grid.roster().members().get(member);
                if (works[member][day] || !declared.worksOn(grid.weekday(day)) || !declared.takes(grid.shifts().get(shift).name())) {
                    return false;
                }
                works[member][day] = true;
                for (int other = 0; other < shifts && shifts > 1; other++) {
                    if (grid.touch(day, shift, day + 1, other) && assignment.member((day + 1) % days, other) == member) {
                        return false;
                    }
                }
            }
        }
        int limit = grid.roster().maxConsecutiveDays().orElse(Integer.MAX_VALUE);
        for (int member = 0; member < members; member++) {
            int run = 0;
            for (int step = 0; step < 2 * days; step++) {
                run = works[member][step % days] ? run + 1 : 0;
                if (run > limit) {
                    return false;
                }
            }
        }
        return true;
    }
}
