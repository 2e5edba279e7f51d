package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Depth-first search with backtracking for an assignment of every slot (day, shift) of a cycle.
 * Hard rules: a member takes no shift that starts on one of their days off, only their own shift
 * when they have one, at most one shift a day, never two shifts back to back (when the roster has
 * several shifts), never more than {@code max_consecutive_days} days in a row, and never more than
 * {@code capMinutes} in a cycle. The least loaded candidate is tried first, so the first assignment
 * found is balanced; with weekly rotation the member who took the shift on the first day of the
 * cycle week is tried before anyone else. The search gives up after {@code nodeBudget} steps, so a
 * hard roster costs bounded time.
 */
final class AssignmentSearch {

    private static final int FREE = -1;

    private final CycleGrid grid;
    private final List<RosterMember> members;
    private final int maxConsecutiveDays;
    private final boolean weekly;
    private final long capMinutes;
    private final int[][] slots;
    private final int[] shiftOnDay;
    private final long[] minutes;
    private long nodesLeft;

    private AssignmentSearch(CycleGrid grid, long capMinutes, long nodeBudget) {
        Roster roster = grid.roster();
        this.grid = grid;
        this.members = roster.members();
        this.maxConsecutiveDays = roster.maxConsecutiveDays().orElse(Integer.MAX_VALUE);
        this.weekly = roster.rotation() == Roster.RotationUnit.WEEKLY;
        this.capMinutes = capMinutes;
        this.slots = new int[grid.cycleDays()][grid.shiftCount()];
        for (int[] day : slots) {
            Arrays.fill(day, FREE);
        }
        this.shiftOnDay = new int[members.size() * grid.cycleDays()];
        Arrays.fill(shiftOnDay, FREE);
        this.minutes = new long[members.size()];
        this.nodesLeft = nodeBudget;
    }

    /** An assignment, or empty when none exists under the cap or the budget ran out. */
    static Optional<Assignment> find(CycleGrid grid, long capMinutes, long nodeBudget) {
        AssignmentSearch search = new AssignmentSearch(grid, capMinutes, nodeBudget);
        return search.fill(0) ? Optional.of(new Assignment(search.slots)) : Optional.empty();
    }

    private boolean fill(int slot) {
        int shiftCount = grid.shiftCount();
        if (slot == grid.cycleDays() * shiftCount) {
            return consecutiveDaysHoldAroundTheCycle();
        }
        if (nodesLeft-- <= 0) {
            return false;
        }
        int day = slot / shiftCount;
        int shift = slot % shiftCount;
        for (int member : candidates(day, shift)) {
            if (allowed(member, day, shift)) {
                place(member, day, shift);
                if (fill(slot + 1)) {
                    return true;
                }
                remove(member, day, shift);
            }
        }
        return false;
    }

    private List<Integer> candidates(int day, int shift) {
        List<Integer> order = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            order.add(i);
        }
        int size = members.size();
        // Among equally loaded members, start one further along each day so turns rotate.
        Comparator<Integer> byLoad = Comparator.<Integer>comparingLong(m -> minutes[m])
                .thenComparingInt(m -> Math.floorMod(m - day, size));
        order.sort(byLoad);
        int weekStart = day - day % 7;
        if (weekly && day != weekStart) {
            int holder = slots[weekStart][shift];
            if (holder != FREE && order.remove(Integer.valueOf(holder))) {
                order.add(0, holder);
            }
        }
        return order;
    }

    private boolean allowed(int member, int day, int shift) {
        RosterMember candidate = members.get(member);
        if (!candidate.worksOn(grid.weekday(day)) || !candidate.takes(grid.shifts().get(shift).name())) {
            return false;
        }
        if (shiftOnDay[index(member, day)] != FREE || minutes[member] + grid.lengthMinutes(shift) > capMinutes) {
            return false;
        }
        return !backToBack(member, day, shift) && runThrough(member, day) <= maxConsecutiveDays;
    }

    /** With one shift a day, consecutive days are the point; with several, rest between them is. */
    private boolean backToBack(int member, int day, int shift) {
        if (grid.shiftCount() == 1) {
            return false;
        }
        int days = grid.cycleDays();
        for (int offset = -1; offset <= 1; offset += 2) {
            int other = Math.floorMod(day + offset, days);
            int otherShift = shiftOnDay[index(member, other)];
            if (otherShift != FREE && grid.touch(day, shift, other, otherShift)) {
                return true;
            }
        }
        return false;
    }

    /** Days in a row the member would work, counting back from {@code day}, within the cycle. */
    private int runThrough(int member, int day) {
        int run = 1;
        for (int earlier = day - 1; earlier >= 0 && shiftOnDay[index(member, earlier)] != FREE; earlier--) {
            run++;
        }
        return run;
    }

    private boolean consecutiveDaysHoldAroundTheCycle() {
        if (maxConsecutiveDays == Integer.MAX_VALUE) {
            return true;
        }
        int days = grid.cycleDays();
        for (int member = 0; member < members.size(); member++) {
            int run = 0;
            for (int step = 0; step < 2 * days; step++) {
                run = shiftOnDay[index(member, step % days)] != FREE ? run + 1 : 0;
                if (run > maxConsecutiveDays) {
                    return false;
                }
            }
        }
        return true;
    }

    private void place(int member, int day, int shift) {
        slots[day][shift] = member;
        shiftOnDay[index(member, day)] = shift;
        minutes[member] += grid.lengthMinutes(shift);
    }

    private void remove(int member, int day, int shift) {
        slots[day][shift] = FREE;
        shiftOnDay[index(member, day)] = FREE;
        minutes[member] -= grid.lengthMinutes(shift);
    }

    private int index(int member, int day) {
        return member * grid.cycleDays() + day;
    }
}
