package io.pdgitops.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static TimeRange range(long start, long end) {
        return new TimeRange(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }

    @Test
    void unionSortsJoinsTouchingRangesAndDropsEmptyOnes() {
        assertThat(TimeRange.union(List.of(range(50, 60), range(0, 10), range(10, 20), range(30, 30), range(15, 25))))
                .containsExactly(range(0, 25), range(50, 60));
    }

    @Test
    void subtractLeavesThePartsNoHoleTouches() {
        assertThat(TimeRange.subtract(List.of(range(0, 100)), List.of(range(10, 20), range(15, 30), range(90, 120))))
                .containsExactly(range(0, 10), range(30, 90));
        assertThat(TimeRange.subtract(List.of(range(0, 10)), List.of(range(0, 10)))).isEmpty();
    }

    @Test
    void intersectKeepsOnlyTimesInBoth() {
        assertThat(TimeRange.intersect(List.of(range(0, 10), range(20, 30)), List.of(range(5, 25))))
                .containsExactly(range(5, 10), range(20, 25));
    }
}
