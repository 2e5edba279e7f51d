package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import static io.pdgitops.oncall.Schedules.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.Coverage;
import io.pdgitops.model.CoverageHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

    private static final Instant START = MONDAY_9.toInstant();
    private static final TimeRange WEEK = new TimeRange(START, START.plus(Duration.ofDays(7)));

    @Test
    void allTheTimeAsksForTheWholeRange() {
        assertThat(CoverageCheck.required(new Coverage.AllTheTime(), Schedules.TOKYO, WEEK)).containsExactly(WEEK);
    }

    @Test
    void hoursThatEndAtOrBeforeTheirStartRunIntoTheNextDay() {
        Coverage nights = new Coverage.Weekly(List.of(
                new CoverageHours(List.of(DayOfWeek.SUNDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))));
        // Sunday 2026-01-04 22:00 is before the range; its night runs into Monday but ends before 09:00.
        assertThat(CoverageCheck.required(nights, Schedules.TOKYO, WEEK)).containsExactly(new TimeRange(
                Instant.parse("2026-01-11T13:00:00Z"), Instant.parse("2026-01-11T21:00:00Z")));
        Coverage wholeDay = new Coverage.Weekly(List.of(
                new CoverageHours(List.of(DayOfWeek.TUESDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        assertThat(CoverageCheck.required(wholeDay, Schedules.TOKYO, WEEK).get(0).length()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void uncoveredIsWhatTheRuleAsksForAndNobodyHolds() {
        var schedule = Schedules.rotation("Day", Duration.ofDays(1), List.of("a@example.com"),
                Schedules.daily("09:00", Duration.ofHours(9)));
        Coverage eightToSix = new Coverage.Weekly(List.of(new CoverageHours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))));

        List<TimeRange> uncovered = CoverageCheck.uncovered(eightToSix, SchedulePreview.of(schedule, WEEK, DstHandOffs.LOCAL_TIME));

        // Monday the 5th 08:00-09:00 lies before the range; Tuesday's hour and the next Monday's are missing.
        assertThat(uncovered).containsExactly(
                new TimeRange(Instant.parse("2026-01-05T23:00:00Z"), Instant.parse("2026-01-06T00:00:00Z")),
                new TimeRange(Instant.parse("2026-01-11T23:00:00Z"), Instant.parse("2026-01-12T00:00:00Z")));
    }
}
