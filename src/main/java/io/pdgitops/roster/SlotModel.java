package io.pdgitops.roster;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The constraint model of one cycle: a variable per (day, shift) whose value is the member on it.
 * Its domain already leaves out members who are off that weekday or bound to another shift; the
 * constraints add one shift a day, rest between shifts and {@code max_consecutive_days} (around
 * the cycle's end into the next), and define each member's load and the spread of loads within
 * each group of members who may take the same shifts. Loads count in units of the largest time
 * that divides every shift's length, so the numbers stay small.
 */
final class SlotModel {

    final CycleGrid grid;
    final Model model;
    /** slot[day][shift]: the member on that shift that day. */
    final IntVar[][] slot;
    /** The member variables in day-then-shift order, as the search visits them. */
    final IntVar[] slotsInOrder;
    final IntVar[] load;
    final IntVar spread;
    final long unitMinutes;

    SlotModel(CycleGrid grid, HardRules rules) {
        this.grid = grid;
        this.model = new Model("roster " + grid.roster().name() + ", " + grid.cycleDays() + " days");
        Roster roster = grid.roster();
        int days = grid.cycleDays();
        int shifts = grid.shiftCount();
        int members = roster.members().size();
        this.unitMinutes = unitMinutes(grid);
        this.slot = new IntVar[days][shifts];
        this.slotsInOrder = new IntVar[days * shifts];
        for (int day = 0; day < days; day++) {
            for (int shift = 0; shift < shifts; shift++) {
                int[] eligible = eligible(grid, day, shift);
                if (eligible.length == 0) {
                    // Nobody may take it: the model has no solution (Feasibility reports this case by weekday).
                    model.falseConstraint().post();
                    eligible = new int[] {0};
                }
                slot[day][shift] = model.intVar("d" + day + "s" + shift, eligible);
                slotsInOrder[day * shifts + shift] = slot[day][shift];
            }
            if (shifts > 1) {
                model.allDifferent(slot[day]).post();
            }
        }
        if (rules.rest() && shifts > 1) {
            postRest();
        }
        roster.maxConsecutiveDays().filter(limit -> rules.consecutiveDays())
                .ifPresent(limit -> postConsecutiveDays(limit, members));
        this.load = new IntVar[members];
        int[] units = new int[shifts];
        int total = 0;
        for (int shift = 0; shift < shifts; shift++) {
            units[shift] = (int) (grid.lengthMinutes(shift) / unitMinutes);
            total += units[shift] * days;
        }
        for (int member = 0; member < members; member++) {
            IntVar[] taken = new IntVar[shifts];
            for (int shift = 0; shift < shifts; shift++) {
                taken[shift] = model.intVar("m" + member + "s" + shift, 0, days);
                model.count(member, column(shift), taken[shift]).post();
            }
            load[member] = model.intVar("load" + member, 0, total);
            model.scalar(taken, units, "=", load[member]).post();
        }
        // Implied by every slot having exactly one member; it lets max and min bound each other.
        model.sum(load, "=", total).post();
        this.spread = spreadOfGroups(total);
    }

    /** The members who may take {@code shift} on cycle day {@code day}. */
    private static int[] eligible(CycleGrid grid, int day, int shift) {
        List<RosterMember> members = grid.roster().members();
        String name = grid.shifts().get(shift).name();
        return java.util.stream.IntStream.range(0, members.size())
                .filter(m -> members.get(m).worksOn(grid.weekday(day)) && members.get(m).takes(name))
                .toArray();
    }

    private IntVar[] column(int shift) {
        IntVar[] column = new IntVar[grid.cycleDays()];
        for (int day = 0; day < column.length; day++) {
            column[day] = slot[day][shift];
        }
        return column;
    }

    /** Two shifts that touch (one ends when the other starts) on consecutive days go to different members. */
    private void postRest() {
        int days = grid.cycleDays();
        for (int day = 0; day < days; day++) {
            int next = (day + 1) % days;
            for (int a = 0; a < grid.shiftCount(); a++) {
                for (int b = 0; b < grid.shiftCount(); b++) {
                    if (grid.touch(day, a, day + 1, b)) {
                        model.arithm(slot[day][a], "!=", slot[next][b]).post();
                    }
                }
            }
        }
    }

    /** In every window of {@code limit + 1} days around the cycle, each member rests at least one day. */
    private void postConsecutiveDays(int limit, int members) {
        int days = grid.cycleDays();
        BoolVar[][] works = new BoolVar[members][days];
        for (int day = 0; day < days; day++) {
            for (int member = 0; member < members; member++) {
                List<BoolVar> on = new ArrayList<>();
                for (IntVar shift : slot[day]) {
                    if (shift.contains(member)) {
                        on.add(model.arithm(shift, "=", member).reify());
                    }
                }
                works[member][day] = on.isEmpty() ? model.boolVar(false) : model.boolVar("w" + member + "d" + day);
                if (!on.isEmpty()) {
                    model.sum(on.toArray(IntVar[]::new), "=", works[member][day]).post();
                }
            }
        }
        int window = Math.min(limit + 1, days);
        int allowed = Math.min(limit, days - 1);
        for (int member = 0; member < members; member++) {
            for (int first = 0; first < (window == days ? 1 : days); first++) {
                BoolVar[] span = new BoolVar[window];
                for (int i = 0; i < window; i++) {
                    span[i] = works[member][(first + i) % days];
                }
                model.sum(span, "<=", allowed).post();
            }
        }
    }

    /** The largest max-minus-min load over the groups of members who may take the same shifts. */
    private IntVar spreadOfGroups(int total) {
        Map<Optional<String>, List<IntVar>> groups = new LinkedHashMap<>();
        List<RosterMember> members = grid.roster().members();
        for (int member = 0; member < members.size(); member++) {
            groups.computeIfAbsent(members.get(member).shift(), key -> new ArrayList<>()).add(load[member]);
        }
        List<IntVar> spreads = new ArrayList<>();
        for (List<IntVar> group : groups.values()) {
            IntVar[] loads = group.toArray(IntVar[]::new);
            IntVar most = model.intVar(0, total);
            IntVar least = model.intVar(0, total);
            model.max(most, loads).post();
            model.min(least, loads).post();
            // Implied bounds (the largest load is at least the mean, the smallest at most the mean):
            // with the total fixed they prove a spread of zero impossible when shifts do not divide evenly.
            IntVar groupTotal = model.intVar(0, total);
            model.sum(loads, "=", groupTotal).post();
            model.scalar(new IntVar[] {most}, new int[] {loads.length}, ">=", groupTotal).post();
            model.scalar(new IntVar[] {least}, new int[] {loads.length}, "<=", groupTotal).post();
            IntVar difference = model.intVar(0, total);
            model.arithm(most, "-", least, "=", difference).post();
            spreads.add(difference);
        }
        IntVar largest = model.intVar("spread", 0, total);
        model.max(largest, spreads.toArray(IntVar[]::new)).post();
        return largest;
    }

    /** The number of days on which a shift is not with whoever took it on the first day of that cycle week. */
    IntVar handOffsWithinWeeks() {
        List<BoolVar> changes = new ArrayList<>();
        for (int day = 0; day < grid.cycleDays(); day++) {
            if (day % 7 != 0) {
                for (int shift = 0; shift < grid.shiftCount(); shift++) {
                    changes.add(model.arithm(slot[day][shift], "!=", slot[day - day % 7][shift]).reify());
                }
            }
        }
        IntVar count = model.intVar("handOffs", 0, changes.size());
        model.sum(changes.toArray(IntVar[]::new), "=", count).post();
        return count;
    }

    Assignment assignment() {
        int[][] members = new int[grid.cycleDays()][grid.shiftCount()];
        for (int day = 0; day < members.length; day++) {
            for (int shift = 0; shift < members[day].length; shift++) {
                members[day][shift] = slot[day][shift].getValue();
            }
        }
        return new Assignment(members);
    }

    private static long unitMinutes(CycleGrid grid) {
        BigInteger step = BigInteger.ZERO;
        for (int shift = 0; shift < grid.shiftCount(); shift++) {
            step = step.gcd(BigInteger.valueOf(grid.lengthMinutes(shift)));
        }
        return Math.max(1, step.longValue());
    }
}
