package io.pdgitops.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a schedule over a window the way PagerDuty computes {@code rendered_schedule_entries},
 * {@code final_schedule} and {@code rendered_coverage_percentage}. Where PagerDuty's behaviour is
 * not documented the renderer follows {@link RenderingChoices}.
 *
 * <p>The work is proportional to the number of turns and restriction windows in the window (plus
 * one turn on each side when entries are kept whole), never to its length in seconds or minutes.
 */
public final class ScheduleRenderer {

    /** Slack beyond the longest turn for the edge turns kept whole, as a calendar turn may run long. */
    private static final Duration EDGE_SLACK = Duration.ofDays(2);

    private final RenderingChoices choices;

    public ScheduleRenderer() {
        this(RenderingChoices.DEFAULTS);
    }

    public ScheduleRenderer(RenderingChoices choices) {
        this.choices = Objects.requireNonNull(choices, "choices");
    }

    /**
     * @throws IllegalArgumentException when the schedule or window is malformed or absurd (a turn
     *                                  shorter than an hour, a window longer than five years, ...)
     */
    public RenderedSchedule render(ScheduleDefinition schedule, Window window) {
        RenderingLimits.check(schedule, window);
        Interval range = renderRange(schedule, window);

        List<List<Span>> stack = new ArrayList<>();
        for (Layer layer : schedule.layers()) {
            stack.add(layerSpans(layer, schedule.timeZone(), range));
        }
        List<Span> overrides = OverridePieces.of(schedule.overrides());
        stack.add(overrides);
        List<Span> top = TopOfStack.of(stack);

        WindowCut cut = new WindowCut(window, choices.coverageDecimals());
        List<RenderedTrack> layerTracks = stack.subList(0, schedule.layers().size()).stream()
                .map(spans -> cut.track(spans, choices.mergeLayerEntries()))
                .toList();
        return new RenderedSchedule(
                layerTracks,
                cut.track(overrides, choices.mergeLayerEntries()),
                cut.track(top, choices.mergeFinalEntries()),
                cut.gaps(top));
    }

    private List<Span> layerSpans(Layer layer, ZoneId zone, Interval range) {
        TurnClock clock = choices.handoffModelFor(layer.turnLength())
                .clock(layer.rotationVirtualStart(), layer.turnLength(), zone);
        List<Interval> activeWindows = layer.restrictions().isEmpty()
                ? null
                : RestrictionWindows.within(layer.restrictions(), zone, choices.restrictionEnd(), range);
        return LayerPieces.within(layer, clock, activeWindows, range);
    }

    /**
     * The window itself, or, when entries crossing its edges are kept whole, the window widened by
     * the longest turn so that those entries are computed in full. Overrides are never cut.
     */
    private static Interval renderRange(ScheduleDefinition schedule, Window window) {
        long since = window.since().getEpochSecond();
        long until = window.until().getEpochSecond();
        if (!window.overflow() && since != until) {
            return new Interval(since, until);
        }
        long longestTurn = schedule.layers().stream()
                .mapToLong(layer -> layer.turnLength().getSeconds())
                .max()
                .orElse(0);
        long margin = longestTurn + EDGE_SLACK.getSeconds();
        return new Interval(since - margin, until + margin);
    }
}
