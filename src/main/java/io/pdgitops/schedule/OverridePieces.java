package io.pdgitops.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The visible parts of the overrides: where overrides overlap, the most recently created one (the
 * highest {@code createdSequence}, then the later in the list) is on call. Sorted and disjoint.
 */
final class OverridePieces {

    private OverridePieces() {
    }

    static List<Span> of(List<ScheduleOverride> overrides) {
        int count = overrides.size();
        Integer[] byStart = new Integer[count];
        long[] boundaries = new long[2 * count];
        for (int i = 0; i < count; i++) {
            byStart[i] = i;
            boundaries[2 * i] = overrides.get(i).start().getEpochSecond();
            boundaries[2 * i + 1] = overrides.get(i).end().getEpochSecond();
        }
        Arrays.sort(byStart, Comparator.comparingLong(i -> overrides.get(i).start().getEpochSecond()));
        long[] points = Arrays.stream(boundaries).sorted().distinct().toArray();

        Comparator<Integer> mostRecentFirst = Comparator.<Integer>comparingLong(
                i -> overrides.get(i).createdSequence()).thenComparingInt(i -> i).reversed();
        PriorityQueue<Integer> active = new PriorityQueue<>(mostRecentFirst);
        List<Span> pieces = new ArrayList<>();
        int nextToStart = 0;
        int shownIndex = -1;
        for (int p = 0; p + 1 < points.length; p++) {
            long from = points[p];
            long to = points[p + 1];
            while (nextToStart < count && overrides.get(byStart[nextToStart]).start().getEpochSecond() <= from) {
                active.add(byStart[nextToStart++]);
            }
            // Ended overrides leave the queue lazily, when they reach its head.
            while (!active.isEmpty() && overrides.get(active.peek()).end().getEpochSecond() <= from) {
                active.poll();
            }
            if (active.isEmpty()) {
                shownIndex = -1;
                continue;
            }
            int winner = active.peek();
            int last = pieces.size() - 1;
            if (winner == shownIndex && pieces.get(last).end() == from) {
                pieces.set(last, new Span(pieces.get(last).start(), to, pieces.get(last).user()));
            } else {
                pieces.add(new Span(from, to, overrides.get(winner).user()));
            }
            shownIndex = winner;
        }
        return pieces;
    }
}
