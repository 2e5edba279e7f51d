package io.pdgitops.roster;

import java.util.IdentityHashMap;
import java.util.Map;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.variables.IntVar;

/**
 * Tries, for a slot, the member with the fewest minutes assigned so far (among equally loaded
 * members, one further along each day, so turns rotate); with weekly rotation, whoever holds the
 * shift on the first day of the cycle week comes first. The first assignment found is then already
 * close to balanced, which leaves the optimisation little to improve. Deterministic: no randomness.
 */
final class LeastLoadedFirst implements IntValueSelector {

    private final SlotModel slots;
    private final boolean weekly;
    private final Map<IntVar, int[]> dayAndShift = new IdentityHashMap<>();

    LeastLoadedFirst(SlotModel slots, boolean weekly) {
        this.slots = slots;
        this.weekly = weekly;
        for (int day = 0; day < slots.slot.length; day++) {
            for (int shift = 0; shift < slots.slot[day].length; shift++) {
                dayAndShift.put(slots.slot[day][shift], new int[] {day, shift});
            }
        }
    }

    @Override
    public int selectValue(IntVar variable) {
        int[] position = dayAndShift.get(variable);
        int day = position[0];
        if (weekly && day % 7 != 0) {
            IntVar holder = slots.slot[day - day % 7][position[1]];
            if (holder.isInstantiated() && variable.contains(holder.getValue())) {
                return holder.getValue();
            }
        }
        // A load's lower bound counts the shifts already given to the member.
        int size = slots.load.length;
        int best = variable.getLB();
        for (int member = variable.getLB(); member <= variable.getUB(); member = variable.nextValue(member)) {
            int mine = slots.load[member].getLB();
            int theirs = slots.load[best].getLB();
            if (mine < theirs || mine == theirs && Math.floorMod(member - day, size) < Math.floorMod(best - day, size)) {
                best = member;
            }
        }
        return best;
    }
}
