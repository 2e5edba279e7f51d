package io.pdgitops.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stacks tracks by precedence: wherever a higher track has someone on call it hides the tracks
 * below it; where it has nobody it hides nothing. The result keeps one span per visible part of a
 * source span, so callers can still tell the pieces apart (for overflow) before merging them.
 */
final class TopOfStack {

    private TopOfStack() {
    }

    /** @param tracks sorted, disjoint spans per track, lowest precedence first */
    static List<Span> of(List<List<Span>> tracks) {
        long[] points = boundaries(tracks);
        int[] cursor = new int[tracks.size()];
        List<Span> visible = new ArrayList<>();
        int shownTrack = -1;
        int shownSpan = -1;
        for (int p = 0; p + 1 < points.length; p++) {
            long from = points[p];
            long to = points[p + 1];
            int winnerTrack = -1;
            for (int t = tracks.size() - 1; t >= 0 && winnerTrack < 0; t--) {
                List<Span> track = tracks.get(t);
                while (cursor[t] < track.size() && track.get(cursor[t]).end() <= from) {
                    cursor[t]++;
                }
                if (cursor[t] < track.size() && track.get(cursor[t]).start() <= from) {
                    winnerTrack = t;
                }
            }
            if (winnerTrack < 0) {
                shownTrack = -1;
                continue;
            }
            Span source = tracks.get(winnerTrack).get(cursor[winnerTrack]);
            int last = visible.size() - 1;
            if (winnerTrack == shownTrack && cursor[winnerTrack] == shownSpan && visible.get(last).end() == from) {
                visible.set(last, new Span(visible.get(last).start(), to, source.user()));
            } else {
                visible.add(new Span(from, to, source.user()));
            }
            shownTrack = winnerTrack;
            shownSpan = cursor[winnerTrack];
        }
        return visible;
    }

    private static long[] boundaries(List<List<Span>> tracks) {
        int size = 0;
        for (List<Span> track : tracks) {
            size += 2 * track.size();
        }
        long[] points = new long[size];
        int i = 0;
        for (List<Span> track : tracks) {
            for (Span span : track) {
                points[i++] = span.start();
                points[i++] = span.end();
            }
        }
        return Arrays.stream(points).sorted().distinct().toArray();
    }
}
