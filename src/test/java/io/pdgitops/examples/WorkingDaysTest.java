package io.pdgitops.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.SourceLocation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-01-05T09:00:00+09:00");

    @Test
    void weeklyWindowCountsOnlyItsOwnDay() {
        assertThat(WorkingDays.ofRestriction(weekly(THURSDAY, "09:00", 12))).containsExactly(THURSDAY);
    }

    @Test
    void windowCrossingMidnightCountsTheNextDayToo() {
        assertThat(WorkingDays.ofRestriction(weekly(SATURDAY, "21:00", 12))).containsExactly(SATURDAY, SUNDAY);
    }

    @Test
    void windowEndingExactlyAtMidnightDoesNotTouchTheNextDay() {
        assertThat(WorkingDays.ofRestriction(weekly(FRIDAY, "18:00", 6))).containsExactly(FRIDAY);
    }

    @Test
    void weekendWindowOfTwoDaysFromSaturdayMorningReachesMonday() {
        assertThat(WorkingDays.ofRestriction(weekly(SATURDAY, "09:00", 48))).containsExactly(MONDAY, SATURDAY, SUNDAY);
    }

    @Test
    void dailyRestrictionAndNoRestrictionMeanEveryDay() {
        LayerRestriction daily = new LayerRestriction(
            LayerRestriction.Type.DAILY, Optional.empty(), LocalTime.parse("21:00"), Duration.ofHours(12));
        assertThat(WorkingDays.ofLayer(List.of(daily))).isEqualTo(EnumSet.allOf(DayOfWeek.class));
        assertThat(WorkingDays.ofLayer(List.of())).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    }

    @Test
    void memberInSeveralLayersWorksTheUnionOfTheirDays() {
        Schedule schedule = new Schedule("S", Optional.empty(), ZoneId.of("Asia/Tokyo"), Optional.empty(), List.of(
            layer(List.of("a@example.com", "b@example.com"), weekly(MONDAY, "09:00", 9)),
            layer(List.of("a@example.com"), weekly(FRIDAY, "09:00", 9))),
            Origin.at(SourceLocation.startOf("s.yaml")));

        assertThat(WorkingDays.perMember(schedule))
            .containsEntry("a@example.com", EnumSet.of(MONDAY, FRIDAY))
            .containsEntry("b@example.com", EnumSet.of(MONDAY))
            .hasSize(2);
    }

    private static ScheduleLayer layer(List<String> users, LayerRestriction restriction) {
        return new ScheduleLayer(Optional.empty(), START, Optional.empty(), START, Duration.ofDays(7), users, List.of(restriction));
    }

    private static LayerRestriction weekly(DayOfWeek day, String time, int hours) {
        return new LayerRestriction(LayerRestriction.Type.WEEKLY, Optional.of(day), LocalTime.parse(time), Duration.ofHours(hours));
    }
}
