package io.pdgitops.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the spans of one track into what a window shows: the spans that touch the window, cut at
 * its edges unless they are kept whole, optionally merged, and the share of the window they cover.
 */
final class WindowCut {

    private final Interval window;
    private final boolean keepWhole;
    private final int coverageDecimals;

    WindowCut(Window window, int coverageDecimals) {
        this.window = new Interval(window.since().getEpochSecond(), window.until().getEpochSecond());
        this.keepWhole = window.overflow() || isInstant();
        this.coverageDecimals = coverageDecimals;
    }

    /** @param spans sorted and disjoint */
    RenderedTrack track(List<Span> spans, boolean merge) {
        List<Span> shown = new ArrayList<>();
        long covered = 0;
        for (Span span : spans) {
            if (!touchesWindow(span)) {
                continue;
            }
            long start = Math.max(span.start(), window.start());
            long end = Math.min(span.end(), window.end());
            covered += end - start;
            Span kept = keepWhole ? span : new Span(start, end, span.user());
            if (merge) {
                appendMerging(shown, kept);
            } else {
                shown.add(kept);
            }
        }
        return new RenderedTrack(shown.stream().map(Span::toEntry).toList(), coverage(covered, !shown.isEmpty()));
    }

    /** The spans of the window that no span covers. */
    List<RenderedSchedule.Gap> gaps(List<Span> spans) {
        List<RenderedSchedule.Gap> gaps = new ArrayList<>();
        if (isInstant()) {
            if (spans.stream().noneMatch(this::touchesWindow)) {
                gaps.add(gap(window.start(), window.end()));
            }
            return gaps;
        }
        long uncoveredFrom = window.start();
        for (Span span : spans) {
            if (!touchesWindow(span)) {
                continue;
            }
            if (span.start() > uncoveredFrom) {
                gaps.add(gap(uncoveredFrom, span.start()));
            }
            uncoveredFrom = Math.max(uncoveredFrom, span.end());
        }
        if (uncoveredFrom < window.end()) {
            gaps.add(gap(uncoveredFrom, window.end()));
        }
        return gaps;
    }

    private boolean isInstant() {
        return window.start() == window.end();
    }

    private boolean touchesWindow(Span span) {
        if (isInstant()) {
            return span.start() <= window.start() && window.start() < span.end();
        }
        return span.end() > window.start() && span.start() < window.end();
    }

    private double coverage(long coveredSeconds, boolean anyoneOnCall) {
        if (isInstant()) {
            return anyoneOnCall ? 100.0 : 0.0;
        }
        return BigDecimal.valueOf(coveredSeconds)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(window.end() - window.start()), coverageDecimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static void appendMerging(List<Span> shown, Span next) {
        int last = shown.size() - 1;
        if (last >= 0 && shown.get(last).end() == next.start() && shown.get(last).user().equals(next.user())) {
            shown.set(last, new Span(shown.get(last).start(), next.end(), next.user()));
        } else {
            shown.add(next);
        }
    }

    private static RenderedSchedule.Gap gap(long start, long end) {
        return new RenderedSchedule.Gap(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }
}
