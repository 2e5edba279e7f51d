package io.pdgitops.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which running PagerDuty layer each declared layer updates. A named layer takes the running layer with the same
 * name, wherever it is, so that removing or moving a layer shows as that layer ended or moved, not as every later
 * layer changing. Layers left over (unnamed, or with a name PagerDuty does not have) take the running layer at
 * their own position if no other layer took it. Running layers that no declared layer takes are ended. A declared
 * layer that has already ended is history and takes no running layer.
 *
 * @param liveIndexOf for each declared layer (Layer 1 first), the index of its running layer, or -1 for a new layer
 * @param unpaired indexes of running layers that no declared layer takes, in order
 */
public record LayerPairing(List<Integer> liveIndexOf, List<Integer> unpaired) {

    public static final int NEW_LAYER = -1;

    public LayerPairing {
        liveIndexOf = List.copyOf(liveIndexOf);
        unpaired = List.copyOf(unpaired);
    }

    /** Pairs declared layers that all still run. */
    public static LayerPairing of(List<Optional<String>> desiredNames, List<Optional<String>> liveNames) {
        return of(desiredNames, desiredNames.stream().map(name -> true).toList(), liveNames);
    }

    /**
     * @param desiredNames and {@code liveNames}: the layers' names in UI order, empty for an unnamed layer
     * @param desiredRunning for each declared layer, false when its declared end has passed
     */
    public static LayerPairing of(List<Optional<String>> desiredNames, List<Boolean> desiredRunning,
            List<Optional<String>> liveNames) {
        Integer[] pairs = new Integer[desiredNames.size()];
        boolean[] taken = new boolean[liveNames.size()];
        for (int i = 0; i < desiredNames.size(); i++) {
            if (!desiredRunning.get(i)) {
                pairs[i] = NEW_LAYER;
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
                pairs[i] = free ? i : NEW_LAYER;
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
        return new LayerPairing(List.of(pairs), unpaired);
    }

    /** The running layer of declared layer {@code index}, if it has one. */
    public <T> Optional<T> liveOf(int index, List<T> liveLayers) {
        int live = liveIndexOf.get(index);
        return live == NEW_LAYER ? Optional.empty() : Optional.of(liveLayers.get(live));
    }

    /** True when the paired running layers are not in the declared order: PagerDuty's precedence changes. */
    public boolean reorders() {
        int previous = -1;
        for (int live : liveIndexOf) {
            if (live != NEW_LAYER) {
                if (live < previous) {
                    return true;
                }
                previous = live;
            }
        }
        return false;
    }
}
