package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import java.time.DayOfWeek;
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
 * cycle week is tried before anyone else. One search gives up after {@link #ATTEMPT_NODE_BUDGET}
 * steps or when the compile's budget is spent, so a hard roster costs bounded time.
 */
final class AssignmentSearch {

    private static final int FREE = -1;
    private static final long ATTEMPT_NODE_BUDGET = 20_000;

    private final CycleGrid grid;
    private final List<RosterMember> members;
    private final int maxConsecutiveDays;
    private final boolean weekly;
    private final long capMinutes;
    private final int[][] slots;
    private final DayOfWeek[] weekdays;
    private final long[] lengthMinutes;
    private final boolean[][] takes;
    /** touching[offset + 1][a][b]: shift a on some day touches shift b on the day {@code offset} later. */
    private final boolean[][][] touching;
    private final int[] shiftOnDay;
    private final long[] minutes;
    private long nodesLeft;

    private AssignmentSearch(CycleGrid grid, long capMinutes, long[] budget) {
        Roster roster = grid.roster();
        this.grid = grid;
        this.members = roster.members();
        this.maxConsecutiveDays = roster.maxConsecutiveDays().orElse(Integer.MAX_VALUE);
        this.weekly = roster.rotation() == Roster.RotationUnit.WEEKLY;
        this.capMinutes = capMinutes;
        this.slots = new int[grid.cycleDays()][grid.shiftCount()];
        this.weekdays = new DayOfWeek[grid.cycleDays()];
        for (int day = 0; day < weekdays.length; day++) {
            weekdays[day] = grid.weekday(day);
        }
        int shifts = grid.shiftCount();
        this.lengthMinutes = new long[shifts];
        this.touching = new boolean[3][shifts][shifts];
        this.takes = new boolean[shifts][members.size()];
        for (int a = 0; a < shifts; a++) {
            lengthMinutes[a] = grid.lengthMinutes(a);
            for (int member = 0; member < members.size(); member++) {
                takes[a][member] = members.get(member).takes(grid.shifts().get(a).name());
            }
            for (int offset = -1; offset <= 1; offset++) {
                for (int b = 0; b < shifts; b++) {
                    touching[offset + 1][a][b] = grid.touch(1, a, 1 + offset, b);
                }
            }
        }
        for (int[] day : slots) {
            Arrays.fill(day, FREE);
        }
        this.shiftOnDay = new int[members.size() * grid.cycleDays()];
        Arrays.fill(shiftOnDay, FREE);
        this.minutes = new long[members.size()];
        this.nodesLeft = Math.min(budget[0], ATTEMPT_NODE_BUDGET);
    }

    /**
     * An assignment, or empty when none exists under the cap or the budget ran out.
     *
     * @param budget search steps left for the whole compile, in its only element; the steps taken are subtracted
     */
    static Optional<Assignment> find(CycleGrid grid, long capMinutes, long[] budget) {
        AssignmentSearch search = new AssignmentSearch(grid, capMinutes, budget);
        long allowed = search.nodesLeft;
        boolean found = search.fill(0);
        budget[0] -= allowed - Math.max(0, search.nodesLeft);
        return found ? Optional.of(new Assignment(search.slots)) : Optional.empty();
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
        if (!takes[shift][member] || !members.get(member).worksOn(weekdays[day])) {
            return false;
        }
        if (shiftOnDay[index(member, day)] != FREE || minutes[member] + lengthMinutes[shift] > capMinutes) {
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
            if (otherShift != FREE && touching[offset + 1][shift][otherShift]) {
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
        minutes[member] += lengthMinutes[shift];
    }

    private void remove(int member, int day, int shift) {
        slots[day][shift] = FREE;
        shiftOnDay[index(member, day)] = FREE;
        minutes[member] -= lengthMinutes[shift];
    }

    private int index(int member, int day) {
        return member * grid.cycleDays() + day;
    }
}
