package io.pdgitops.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the final schedule over 400 seeded random schedules (see {@link RandomSchedules}).
 * A failing seed reproduces by itself: the test name carries it.
 */
class ScheduleRendererPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void finalScheduleIsConsistent(long seed) {
        RandomSchedules random = new RandomSchedules(seed);
        Window window = random.window();
        ScheduleDefinition schedule = random.schedule(window);
        RenderingChoices choices = random.choices();

        RenderedSchedule rendered = new ScheduleRenderer(choices).render(schedule, window);

        List<Entry> entries = rendered.finalSchedule().entries();
        assertSortedAndDisjoint(entries);
        assertInsideWindow(entries, window);
        assertThat(rendered.finalSchedule().coveragePercentage())
                .as("coverage of the final schedule")
                .isEqualTo(expectedCoverage(entries, window));
        assertEveryoneShownIsOnCall(entries, new NaiveOnCall(schedule, choices));
        assertGapsAreEmpty(rendered.gaps(), new NaiveOnCall(schedule, choices));
        assertGapsAndEntriesTileTheWindow(entries, rendered.gaps(), window);
        assertNoAdjacentEntriesOfOneUser(entries);
        for (RenderedTrack layer : rendered.layers()) {
            assertSortedAndDisjoint(layer.entries());
            assertInsideWindow(layer.entries(), window);
        }
    }

    private static void assertSortedAndDisjoint(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            assertThat(entry.start()).as("start of %s", entry).isBefore(entry.end());
            if (i > 0) {
                assertThat(entry.start()).as("%s after %s", entry, entries.get(i - 1))
                        .isAfterOrEqualTo(entries.get(i - 1).end());
            }
        }
    }

    private static void assertInsideWindow(List<Entry> entries, Window window) {
        boolean keptWhole = window.overflow() || window.since().equals(window.until());
        for (Entry entry : entries) {
            if (keptWhole) {
                assertThat(entry.end()).as("%s reaches into the window", entry).isAfter(window.since());
                assertThat(entry.start()).as("%s reaches into the window", entry)
                        .isBeforeOrEqualTo(window.until());
            } else {
                assertThat(entry.start()).as("%s starts inside the window", entry).isAfterOrEqualTo(window.since());
                assertThat(entry.end()).as("%s ends inside the window", entry).isBeforeOrEqualTo(window.until());
            }
        }
    }

    private static double expectedCoverage(List<Entry> entries, Window window) {
        long windowSeconds = Duration.between(window.since(), window.until()).getSeconds();
        if (windowSeconds == 0) {
            return entries.isEmpty() ? 0.0 : 100.0;
        }
        long covered = entries.stream().mapToLong(entry -> clipped(entry.start(), entry.end(), window)).sum();
        return BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(windowSeconds), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static void assertEveryoneShownIsOnCall(List<Entry> entries, NaiveOnCall oracle) {
        for (Entry entry : entries) {
            for (Instant probe : probes(entry.start(), entry.end())) {
                assertThat(oracle.at(probe)).as("on call at %s within %s", probe, entry).contains(entry.user());
            }
        }
    }

    private static void assertGapsAreEmpty(List<RenderedSchedule.Gap> gaps, NaiveOnCall oracle) {
        for (RenderedSchedule.Gap gap : gaps) {
            for (Instant probe : probes(gap.start(), gap.end())) {
                assertThat(oracle.at(probe)).as("on call at %s within gap %s", probe, gap).isEqualTo(Optional.empty());
            }
        }
    }

    private static void assertGapsAndEntriesTileTheWindow(List<Entry> entries, List<RenderedSchedule.Gap> gaps, Window window) {
        if (window.since().equals(window.until())) {
            assertThat(entries.size() + gaps.size()).as("an instant is either covered or a gap").isEqualTo(1);
            return;
        }
        List<Instant[]> pieces = new ArrayList<>();
        for (Entry entry : entries) {
            pieces.add(new Instant[] {max(entry.start(), window.since()), min(entry.end(), window.until())});
        }
        for (RenderedSchedule.Gap gap : gaps) {
            pieces.add(new Instant[] {gap.start(), gap.end()});
        }
        pieces.sort(Comparator.comparing(piece -> piece[0]));
        Instant reached = window.since();
        for (Instant[] piece : pieces) {
            assertThat(piece[0]).as("next piece starts where the last ended").isEqualTo(reached);
            assertThat(piece[1]).as("piece is not empty").isAfter(piece[0]);
            reached = piece[1];
        }
        assertThat(reached).as("the pieces reach the end of the window").isEqualTo(window.until());
    }

    private static void assertNoAdjacentEntriesOfOneUser(List<Entry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            Entry previous = entries.get(i - 1);
            Entry entry = entries.get(i);
            boolean touching = previous.end().equals(entry.start());
            assertThat(touching && previous.user().equals(entry.user()))
                    .as("%s and %s should have been merged", previous, entry).isFalse();
        }
    }

    /** The first and last second of a span and its middle. */
    private static List<Instant> probes(Instant start, Instant end) {
        long seconds = Duration.between(start, end).getSeconds();
        if (seconds == 0) {
            return List.of(start);
        }
        return List.of(start, start.plusSeconds(seconds / 2), end.minusSeconds(1));
    }

    private static long clipped(Instant start, Instant end, Window window) {
        return Math.max(0, Duration.between(max(start, window.since()), min(end, window.until())).getSeconds());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
