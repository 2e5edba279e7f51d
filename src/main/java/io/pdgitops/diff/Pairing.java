package io.pdgitops.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which live child (a running schedule layer, an escalation rule) each declared one updates, so that removing or
 * moving one shows as that one ended, removed or moved, not as every later one changing. For layers the key is
 * the layer's name; for escalation rules, which have no names, it is the whole rule (delay and targets).
 *
 * <p>A declared child with a key takes the live child with the same key, the one at the same position first, else
 * the first free one. Children left over (unnamed layers, or a key PagerDuty does not have) take the live child at
 * their own position if no other took it. Live children that no declared one takes are ended (layers) or removed
 * (rules). A declared layer that has already ended is history and takes no running layer.
 *
 * @param liveIndexOf for each declared child, in order, the index of its live child, or {@link #NONE} for a new one
 * @param unpaired indexes of live children that no declared one takes, in order
 */
public record Pairing(List<Integer> liveIndexOf, List<Integer> unpaired) {

    public static final int NONE = -1;

    public Pairing {
        liveIndexOf = List.copyOf(liveIndexOf);
        unpaired = List.copyOf(unpaired);
    }

    /** Pairs declared children that all take part. */
    public static Pairing of(List<Optional<String>> desiredNames, List<Optional<String>> liveNames) {
        return of(desiredNames, desiredNames.stream().map(name -> true).toList(), liveNames);
    }

    /**
     * @param desiredNames and {@code liveNames}: the children's keys in order, empty for an unnamed layer
     * @param desiredRunning for each declared child, false when it takes no part (a layer whose end has passed)
     */
    public static Pairing of(List<Optional<String>> desiredNames, List<Boolean> desiredRunning,
            List<Optional<String>> liveNames) {
        Integer[] pairs = new Integer[desiredNames.size()];
        boolean[] taken = new boolean[liveNames.size()];
        for (int i = 0; i < desiredNames.size(); i++) {
            if (!desiredRunning.get(i)) {
                pairs[i] = NONE;
            }
        }
        // A running layer of the same name at the same position first, then the first free one of that name.
        for (int i = 0; i < pairs.length && i < liveNames.size(); i++) {
            if (pairs[i] == null && desiredNames.get(i).isPresent() && desiredNames.get(i).equals(liveNames.get(i))) {
                pairs[i] = i;
                taken[i] = true;
            }
        }
        for (int i = 0; i < pairs.length; i++) {
            Optional<String> name = desiredNames.get(i);
            for (int j = 0; pairs[i] == null && name.isPresent() && j < liveNames.size(); j++) {
                if (!taken[j] && name.equals(liveNames.get(j))) {
                    pairs[i] = j;
                    taken[j] = true;
                }
            }
        }
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] == null) {
                boolean free = i < taken.length && !taken[i];
                pairs[i] = free ? i : NONE;
                if (free) {
                    taken[i] = true;
                }
            }
        }
        List<Integer> unpaired = new ArrayList<>();
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j]) {
                unpaired.add(j);
            }
        }
        return new Pairing(List.of(pairs), unpaired);
    }

    /** The live child of declared child {@code index}, if it has one. */
    public <T> Optional<T> liveOf(int index, List<T> liveChildren) {
        int live = liveIndexOf.get(index);
        return live == NONE ? Optional.empty() : Optional.of(liveChildren.get(live));
    }

    /** True when the paired live children are not in the declared order: precedence or escalation order changes. */
    public boolean reorders() {
        int previous = -1;
        for (int live : liveIndexOf) {
            if (live != NONE) {
                if (live < previous) {
                    return true;
                }
                previous = live;
            }
        }
        return false;
    }
}
