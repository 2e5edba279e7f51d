package io.pdgitops.schedule;

import java.util.List;

/**
 * The result of rendering a schedule over a window.
 *
 * @param layers     one track per input layer, in the input order (Layer 1 first)
 * @param overrides  the overrides alone
 * @param finalSchedule the merged top-of-stack result
 * @param gaps       spans of the window where nobody is on call
 */
public record RenderedSchedule(
        List<RenderedTrack> layers,
        RenderedTrack overrides,
        RenderedTrack finalSchedule,
        List<Gap> gaps) {

    public RenderedSchedule {
        layers = List.copyOf(layers);
        gaps = List.copyOf(gaps);
    }

    public record Gap(java.time.Instant start, java.time.Instant end) {
    }
}
