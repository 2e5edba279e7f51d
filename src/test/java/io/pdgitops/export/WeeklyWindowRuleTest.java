package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowTiming;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Windows that share a description are read back as the weekly rule that made them, and only then; where two zones
 * give the same weeks, the first candidate zone wins.
 */
class WeeklyWindowRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("export"));
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<ZoneId> ZONES = List.of(TOKYO, LONDON, ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 9, 26})
    void theWeeksOfARuleGiveBackThatRule(int weeksAhead) {
        for (MaintenanceWindow rule : List.of(
                rule(List.of(DayOfWeek.TUESDAY), LocalTime.of(23, 0), Duration.ofHours(3), TOKYO, weeksAhead),
                rule(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(1, 30), Duration.ofMinutes(90), LONDON, weeksAhead),
                rule(List.of(DayOfWeek.values()), LocalTime.of(12, 0), Duration.ofHours(4), ZoneOffset.UTC, weeksAhead))) {
            List<WindowOccurrence> weeks = MaintenanceOccurrences.of(rule, NOW);

            List<ZoneId> ownZoneFirst = new ArrayList<>(List.of(((WindowTiming.Weekly) rule.timing()).timeZone()));
            ownZoneFirst.addAll(ZONES);

            Optional<MaintenanceWindow> inOwnZone = WeeklyWindowRule.of(weeks, ownZoneFirst, NOW, ORIGIN);
            Optional<MaintenanceWindow> inFirstZoneThatFits = WeeklyWindowRule.of(weeks, ZONES, NOW, ORIGIN);

            if (weeks.size() < 2) {
                assertThat(inOwnZone).as("one window is a one-off").isEmpty();
            } else {
                assertThat(inOwnZone).as(rule.toString()).hasValue(rule);
                // A London rule in winter is also a Tokyo rule: the same weeks, which is all an export can see.
                assertThat(inFirstZoneThatFits).hasValueSatisfying(found ->
                        assertThat(MaintenanceOccurrences.of(found, NOW)).isEqualTo(weeks));
            }
        }
    }

    @Test
    void aRuleAcrossADaylightSavingChangeIsFoundOnlyInItsOwnZone() {
        Instant march = Instant.parse("2027-03-20T12:00:00Z");
        MaintenanceWindow rule = rule(List.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), Duration.ofHours(2), LONDON, 3);
        List<WindowOccurrence> weeks = MaintenanceOccurrences.of(rule, march);

        assertThat(WeeklyWindowRule.of(weeks, ZONES, march, ORIGIN)).hasValue(rule);
        assertThat(WeeklyWindowRule.of(weeks, List.of(TOKYO, ZoneOffset.UTC), march, ORIGIN)).isEmpty();
    }

    @Test
    void aRunningWeekWhoseStartPagerDutyMovedStillCounts() {
        Instant inTheWindow = Instant.parse("2026-12-01T15:00:00Z");
        MaintenanceWindow rule = rule(List.of(DayOfWeek.TUESDAY), LocalTime.of(23, 0), Duration.ofHours(3), TOKYO, 4);
        List<WindowOccurrence> weeks = new ArrayList<>(MaintenanceOccurrences.of(rule, inTheWindow));
        WindowOccurrence running = weeks.get(0);
        assertThat(running.start()).isBefore(inTheWindow);
        weeks.set(0, new WindowOccurrence(running.name(), running.services(), inTheWindow.minusSeconds(600), running.end()));

        assertThat(WeeklyWindowRule.of(weeks, ZONES, inTheWindow, ORIGIN)).hasValue(rule);
    }

    @Test
    void aMissingWeekAnOddTimeOrOtherServicesAreNoRule() {
        MaintenanceWindow rule = rule(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(22, 0), Duration.ofHours(2), TOKYO, 4);
        List<WindowOccurrence> weeks = MaintenanceOccurrences.of(rule, NOW);
        assertThat(weeks).hasSizeGreaterThan(3);

        List<WindowOccurrence> gap = new ArrayList<>(weeks);
        gap.remove(1);
        List<WindowOccurrence> oddTime = new ArrayList<>(weeks);
        oddTime.set(2, shifted(weeks.get(2), Duration.ofMinutes(30)));
        List<WindowOccurrence> otherServices = new ArrayList<>(weeks);
        WindowOccurrence last = weeks.get(weeks.size() - 1);
        otherServices.set(weeks.size() - 1, new WindowOccurrence(last.name(), List.of("Acme Mail"), last.start(), last.end()));
        List<WindowOccurrence> longer = new ArrayList<>(weeks);
        longer.set(1, new WindowOccurrence(last.name(), last.services(), weeks.get(1).start(),
                weeks.get(1).end().plus(Duration.ofHours(1))));

        for (List<WindowOccurrence> windows : List.of(gap, oddTime, otherServices, longer)) {
            assertThat(WeeklyWindowRule.of(windows, ZONES, NOW, ORIGIN)).isEmpty();
        }
    }

    @Test
    void windowsLongerThanTheTimeToTheNextStartAreNoRuleADocumentMayDeclare() {
        Instant start = Instant.parse("2026-12-03T14:00:00Z");
        List<WindowOccurrence> overlapping = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            Instant dayStart = start.plus(Duration.ofDays(day));
            overlapping.add(new WindowOccurrence("Acme change window", List.of("Acme Web"), dayStart,
                    dayStart.plus(Duration.ofHours(30))));
        }

        assertThat(WeeklyWindowRule.of(overlapping, ZONES, NOW, ORIGIN)).isEmpty();
    }

    private static WindowOccurrence shifted(WindowOccurrence window, Duration by) {
        return new WindowOccurrence(window.name(), window.services(), window.start().plus(by), window.end().plus(by));
    }

    private static MaintenanceWindow rule(List<DayOfWeek> days, LocalTime start, Duration length, ZoneId zone, int weeks) {
        return new MaintenanceWindow("Acme change window", List.of("Acme Web", "Acme Mail"),
                new WindowTiming.Weekly(days, start, length, zone, weeks), ORIGIN);
    }
}
