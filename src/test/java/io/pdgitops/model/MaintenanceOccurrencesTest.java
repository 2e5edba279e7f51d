package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceOccurrencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime TEN_PM = LocalTime.of(22, 0);

    @Test
    void aWeeklyRuleGivesOneWindowPerWeekWithinTheHorizonAtTheLocalTime() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z"); // a Wednesday
        MaintenanceWindow rule = weekly(List.of(DayOfWeek.TUESDAY), Duration.ofHours(3), 4);

        List<WindowOccurrence> windows = MaintenanceOccurrences.of(rule, now);

        assertThat(windows).isNotEmpty().allSatisfy(window -> {
            ZonedDateTime local = window.start().atZone(BERLIN);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(local.toLocalTime()).isEqualTo(TEN_PM);
            assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(3));
            assertThat(window.end()).isAfter(now);
            assertThat(window.start()).isBefore(now.plus(Duration.ofDays(28)));
            assertThat(window.services()).isEqualTo(rule.services());
        });
        // Consecutive windows are one week apart, and the horizon of 4 weeks holds 4 Tuesdays after a Wednesday.
        for (int i = 1; i < windows.size(); i++) {
            assertThat(Duration.between(windows.get(i - 1).start(), windows.get(i).start())).isEqualTo(Duration.ofDays(7));
        }
        assertThat(windows).hasSize(4);
    }

    @Test
    void aRunningWindowOfLastWeekIsStillExpandedAndAnEndedOneIsNot() {
        MaintenanceWindow rule = weekly(List.of(DayOfWeek.SUNDAY), Duration.ofHours(6), 1);
        Instant sundayStart = ZonedDateTime.of(2026, 12, 6, 22, 0, 0, 0, BERLIN).toInstant();
        Instant during = sundayStart.plus(Duration.ofHours(5)); // Monday 03:00, a new week in Berlin

        assertThat(MaintenanceOccurrences.of(rule, during)).first()
                .satisfies(window -> assertThat(window.phaseAt(during)).isEqualTo(WindowPhase.ONGOING))
                .extracting(WindowOccurrence::start).isEqualTo(sundayStart);
        Instant after = sundayStart.plus(Duration.ofHours(6));
        assertThat(MaintenanceOccurrences.of(rule, after)).extracting(WindowOccurrence::start)
                .doesNotContain(sundayStart);
    }

    @Test
    void aWindowAcrossTheSpringChangeKeepsItsElapsedLength() {
        Instant now = Instant.parse("2026-03-20T00:00:00Z");
        MaintenanceWindow rule = weekly(List.of(DayOfWeek.SATURDAY), Duration.ofHours(6), 2);

        assertThat(MaintenanceOccurrences.of(rule, now)).allSatisfy(window -> {
            assertThat(window.start().atZone(BERLIN).toLocalTime()).isEqualTo(TEN_PM);
            assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofHours(6));
        });
    }

    @Test
    void severalDaysComeOutInStartOrder() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        MaintenanceWindow rule = weekly(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), Duration.ofHours(2), 2);

        List<WindowOccurrence> windows = MaintenanceOccurrences.of(rule, now);

        assertThat(windows).extracting(WindowOccurrence::start).isSorted().doesNotHaveDuplicates();
        assertThat(windows).extracting(window -> window.start().atZone(BERLIN).getDayOfWeek())
                .containsOnly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void aOneOffWindowIsKeptAsDeclaredEvenWhenItHasEnded() {
        OffsetDateTime start = OffsetDateTime.parse("2026-01-10T22:00:00+01:00");
        OffsetDateTime end = start.plusHours(2);
        MaintenanceWindow once = new MaintenanceWindow("Acme DB upgrade", List.of("Acme DB"),
                new WindowTiming.Once(start, end), Origin.at(SourceLocation.startOf("w.yaml")));
        Instant later = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(MaintenanceOccurrences.of(once, later)).singleElement().satisfies(window -> {
            assertThat(window.start()).isEqualTo(start.toInstant());
            assertThat(window.end()).isEqualTo(end.toInstant());
            assertThat(window.phaseAt(later)).isEqualTo(WindowPhase.PAST);
            assertThat(window.phaseAt(start.toInstant().minusSeconds(1))).isEqualTo(WindowPhase.FUTURE);
        });
    }

    private static MaintenanceWindow weekly(List<DayOfWeek> days, Duration duration, int weeksAhead) {
        return new MaintenanceWindow("Acme change window", List.of("Acme Web", "Acme Mail"),
                new WindowTiming.Weekly(days, TEN_PM, duration, BERLIN, weeksAhead),
                Origin.at(SourceLocation.startOf("acme/change-window.yaml")));
    }
}
