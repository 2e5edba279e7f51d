package io.pdgitops.schedule;

import java.util.List;

/**
 * The entries of one track (a layer, the overrides or the final schedule) within a window, and the
 * share of the window they cover, in percent (0..100).
 */
public record RenderedTrack(List<Entry> entries, double coveragePercentage) {

    public RenderedTrack {
        entries = List.copyOf(entries);
    }
}
