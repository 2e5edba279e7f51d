package io.pdgitops.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * What one layer alone puts on call inside a range: its turns, cut at the layer's start and end and
 * masked by its restriction windows. The turn clock keeps running through restricted-out time
 * (masking, not pausing), and a window that straddles a hand-off is split there.
 */
final class LayerPieces {

    private LayerPieces() {
    }

    /**
     * @param activeWindows sorted, disjoint restriction windows covering the range, or {@code null}
     *                      when the layer has no restrictions (on call around the clock)
     */
    static List<Span> within(Layer layer, TurnClock clock, List<Interval> activeWindows, Interval range) {
        long from = Math.max(range.start(), layer.start().getEpochSecond());
        long to = layer.end() == null ? range.end() : Math.min(range.end(), layer.end().getEpochSecond());
        List<Span> pieces = new ArrayList<>();
        if (from >= to) {
            return pieces;
        }
        List<String> users = layer.users();
        int nextWindow = 0;
        for (long turn = clock.turnAt(from), lastTurn = clock.turnAt(to - 1); turn <= lastTurn; turn++) {
            long turnStart = Math.max(from, clock.handoff(turn));
            long turnEnd = Math.min(to, clock.handoff(turn + 1));
            String user = users.get(Math.floorMod(turn, users.size()));
            if (activeWindows == null) {
                pieces.add(new Span(turnStart, turnEnd, user));
                continue;
            }
            while (nextWindow < activeWindows.size() && activeWindows.get(nextWindow).end() <= turnStart) {
                nextWindow++;
            }
            for (int w = nextWindow; w < activeWindows.size() && activeWindows.get(w).start() < turnEnd; w++) {
                Interval window = activeWindows.get(w);
                pieces.add(new Span(Math.max(turnStart, window.start()), Math.min(turnEnd, window.end()), user));
            }
        }
        return pieces;
    }
}
