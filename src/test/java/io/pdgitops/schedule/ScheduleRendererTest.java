package io.pdgitops.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ScheduleRendererTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant MONDAY_9AM = Instant.parse("2024-03-04T14:00:00Z");
    private static final Window ONE_WEEK = new Window(MONDAY_9AM, MONDAY_9AM.plus(Duration.ofDays(7)), false);

    private final ScheduleRenderer renderer = new ScheduleRenderer();

    @Test
    void refusesTurnsShorterThanAnHour() {
        ScheduleDefinition schedule = schedule(layer("Fast", Duration.ofMinutes(30), List.of()));

        refusal(schedule, ONE_WEEK)
                .hasMessage("layer 1 'Fast': rotation turn length of 1800 s "
                        + "is shorter than the minimum of 3600 s (1 h)");
    }

    @Test
    void refusesWindowsLongerThanFiveYears() {
        ScheduleDefinition schedule = schedule(layer("Daily", Duration.ofDays(1), List.of()));
        Window decade = new Window(MONDAY_9AM, MONDAY_9AM.plus(Duration.ofDays(3660)), false);

        refusal(schedule, decade)
                .hasMessageContaining("is longer than 1830 days");
    }

    @Test
    void refusesWindowsThatEndBeforeTheyStart() {
        ScheduleDefinition schedule = schedule(layer("Daily", Duration.ofDays(1), List.of()));
        Window backwards = new Window(MONDAY_9AM, MONDAY_9AM.minusSeconds(1), false);

        refusal(schedule, backwards)
                .hasMessage("the window ends (2024-03-04T13:59:59Z) before it starts (2024-03-04T14:00:00Z)");
    }

    @Test
    void refusesDailyRestrictionsOfADayOrMore() {
        Restriction allDay = Restriction.daily(LocalTime.of(9, 0), Duration.ofHours(24));
        ScheduleDefinition schedule = schedule(layer("Daily", Duration.ofDays(1), List.of(allDay)));

        refusal(schedule, ONE_WEEK)
                .hasMessage("layer 1 'Daily', restriction 1: "
                        + "a daily restriction must last less than 86400 s, got 86400 s");
    }

    @Test
    void refusesOverridesThatEndBeforeTheyStart() {
        ScheduleOverride backwards = new ScheduleOverride("olga", MONDAY_9AM, MONDAY_9AM, 1);
        ScheduleDefinition schedule = new ScheduleDefinition(NEW_YORK, List.of(), List.of(backwards));

        refusal(schedule, ONE_WEEK)
                .hasMessageStartingWith("override 1 for 'olga' ends (2024-03-04T14:00:00Z) no later than it starts");
    }

    @Test
    void refusesInstantsOutsideTheSupportedYears() {
        Layer ancient = new Layer("Ancient", MONDAY_9AM, null, Instant.MIN, Duration.ofDays(1), List.of("a"), List.of());

        refusal(schedule(ancient), ONE_WEEK)
                .hasMessageStartingWith("layer 1 'Ancient''s rotation virtual start (-1000000000-01-01T00:00:00Z)");
    }

    @Test
    void aLocalDaySkippedByTheZoneLosesItsCalendarTurn() {
        // Samoa moved across the date line: 2011-12-30 never happened in Pacific/Apia, so the turn
        // that would start on it has no length and the rotation moves on to the next user.
        ZoneId apia = ZoneId.of("Pacific/Apia");
        Instant rvs = Instant.parse("2011-12-26T09:00:00-10:00");
        Layer daily = new Layer("Daily", rvs, null, rvs, Duration.ofDays(1), List.of("a", "b", "c"), List.of());
        Window week = new Window(rvs, Instant.parse("2012-01-02T09:00:00+14:00"), false);

        RenderedSchedule rendered = renderer.render(new ScheduleDefinition(apia, List.of(daily), List.of()), week);

        List<String> shifts = rendered.layers().get(0).entries().stream()
                .map(entry -> entry.start().atZone(apia).toLocalDate() + " " + entry.user()
                        + " " + Duration.between(entry.start(), entry.end()).toHours() + "h")
                .toList();
        assertThat(shifts).containsExactly(
                "2011-12-26 a 24h", "2011-12-27 b 24h", "2011-12-28 c 24h", "2011-12-29 a 24h",
                "2011-12-31 c 24h", "2012-01-01 a 24h");
    }

    @Test
    void refusesLayersWithoutUsers() {
        Layer empty = new Layer("Nobody", MONDAY_9AM, null, MONDAY_9AM, Duration.ofDays(1), List.of(), List.of());

        refusal(schedule(empty), ONE_WEEK)
                .hasMessage("layer 1 'Nobody' has no users");
    }

    @Test
    void anEmptyScheduleIsOneGap() {
        RenderedSchedule rendered = renderer.render(new ScheduleDefinition(NEW_YORK, List.of(), List.of()), ONE_WEEK);

        assertThat(rendered.finalSchedule().entries()).isEmpty();
        assertThat(rendered.finalSchedule().coveragePercentage()).isZero();
        assertThat(rendered.gaps()).containsExactly(new RenderedSchedule.Gap(ONE_WEEK.since(), ONE_WEEK.until()));
    }

    @Test
    void anInstantNobodyCoversIsAZeroLengthGap() {
        Restriction mornings = Restriction.daily(LocalTime.of(9, 0), Duration.ofHours(3));
        Instant evening = MONDAY_9AM.plus(Duration.ofHours(10));
        Window now = new Window(evening, evening, false);

        ScheduleDefinition schedule = schedule(layer("Mornings", Duration.ofDays(1), List.of(mornings)));

        RenderedSchedule rendered = renderer.render(schedule, now);

        assertThat(rendered.finalSchedule().entries()).isEmpty();
        assertThat(rendered.finalSchedule().coveragePercentage()).isZero();
        assertThat(rendered.gaps()).containsExactly(new RenderedSchedule.Gap(evening, evening));
    }

    @Test
    void defaultChoicesUseCalendarHandoffsOnlyForWholeDays() {
        RenderingChoices defaults = RenderingChoices.DEFAULTS;

        assertThat(defaults.handoffModelFor(Duration.ofDays(1))).isEqualTo(HandoffModel.CALENDAR);
        assertThat(defaults.handoffModelFor(Duration.ofDays(7))).isEqualTo(HandoffModel.CALENDAR);
        assertThat(defaults.handoffModelFor(Duration.ofHours(12))).isEqualTo(HandoffModel.EXACT);
        assertThat(defaults.handoffModelFor(Duration.ofHours(36))).isEqualTo(HandoffModel.EXACT);
        assertThat(defaults.withWholeDayTurns(HandoffModel.EXACT).handoffModelFor(Duration.ofDays(1)))
                .isEqualTo(HandoffModel.EXACT);
    }

    @Test
    void fiveYearsOfHourlyTurnsRenderTurnByTurn() {
        Layer hourly = layer("Hourly", Duration.ofHours(1), List.of());
        Window fiveYears = new Window(MONDAY_9AM, MONDAY_9AM.plus(Duration.ofDays(1826)), false);

        RenderedSchedule rendered = renderer.render(schedule(hourly), fiveYears);

        assertThat(rendered.layers().get(0).entries()).hasSize(1826 * 24);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusal(ScheduleDefinition schedule, Window window) {
        return assertThatThrownBy(() -> renderer.render(schedule, window)).isInstanceOf(IllegalArgumentException.class);
    }


    private static Layer layer(String name, Duration turn, List<Restriction> restrictions) {
        return new Layer(name, MONDAY_9AM.minus(Duration.ofDays(30)), null, MONDAY_9AM, turn,
                List.of("alice", "bob", "carol", "dana"), restrictions);
    }

    private static ScheduleDefinition schedule(Layer layer) {
        return new ScheduleDefinition(NEW_YORK, List.of(layer), List.of());
    }
}
