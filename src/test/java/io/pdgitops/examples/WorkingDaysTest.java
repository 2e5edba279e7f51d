package io.pdgitops.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weeklyWindowCountsOnlyItsOwnDay() {
        assertThat(WorkingDays.ofRestriction(weekly("thu", "09:00", "12h"))).containsExactly(THURSDAY);
    }

    @Test
    void windowCrossingMidnightCountsTheNextDayToo() {
        assertThat(WorkingDays.ofRestriction(weekly("sat", "21:00", "12h"))).containsExactly(SATURDAY, SUNDAY);
    }

    @Test
    void windowEndingExactlyAtMidnightDoesNotTouchTheNextDay() {
        assertThat(WorkingDays.ofRestriction(weekly("fri", "18:00", "6h"))).containsExactly(FRIDAY);
    }

    @Test
    void weekendWindowOfTwoDaysFromSaturdayMorningReachesMonday() {
        assertThat(WorkingDays.ofRestriction(weekly("sat", "09:00", "48h"))).containsExactly(MONDAY, SATURDAY, SUNDAY);
    }

    @Test
    void dailyRestrictionAndNoRestrictionMeanEveryDay() {
        Map<String, Object> daily = Map.of("type", "daily", "start_time_of_day", "21:00", "duration", "12h");
        assertThat(WorkingDays.ofLayer(List.of(daily))).isEqualTo(EnumSet.allOf(DayOfWeek.class));
        assertThat(WorkingDays.ofLayer(List.of())).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    }

    @Test
    void memberInSeveralLayersWorksTheUnionOfTheirDays() {
        ConfigDocument schedule = new ConfigDocument(Path.of("s.yaml"), 1, Map.of("kind", "Schedule", "name", "S", "layers", List.of(
            Map.of("users", List.of("a@example.com", "b@example.com"), "restrictions", List.of(weekly("mon", "09:00", "9h"))),
            Map.of("users", List.of("a@example.com"), "restrictions", List.of(weekly("fri", "09:00", "9h"))))));

        assertThat(WorkingDays.perMember(schedule))
            .containsEntry("a@example.com", EnumSet.of(MONDAY, FRIDAY))
            .containsEntry("b@example.com", EnumSet.of(MONDAY));
    }

    private static Map<String, Object> weekly(String day, String time, String duration) {
        return Map.of("type", "weekly", "start_day_of_week", day, "start_time_of_day", time, "duration", duration);
    }
}
