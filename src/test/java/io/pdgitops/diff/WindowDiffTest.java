package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowPhase;
import io.pdgitops.model.WindowTiming;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowDiffTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("windows.yaml"));

    private final MaintenanceWindow weekly = new MaintenanceWindow("Acme weekly", List.of("Acme Web"),
            new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(22, 0), Duration.ofHours(3),
                    ZoneId.of("Asia/Tokyo"), 3), ORIGIN);

    @Test
    void aWeeklyRuleAgainstNothingCreatesEachWeekAndAgainstItselfChangesNothing() {
        List<WindowOccurrence> weeks = MaintenanceOccurrences.of(weekly, NOW);

        List<WindowChange> first = WindowDiff.between(List.of(weekly), List.of(), NOW);
        assertThat(first).extracting(WindowChange::action).containsOnly(WindowChange.Action.CREATE);
        assertThat(first).extracting(WindowChange::window).containsExactlyElementsOf(weeks);

        assertThat(WindowDiff.between(List.of(weekly), live(weeks), NOW)).isEmpty();
    }

    @Test
    void aMovedRuleDeletesTheOldWeeksAndCreatesTheNewOnesButLeavesHistoryAndOthersAlone() {
        List<LiveWindow> live = new ArrayList<>(live(MaintenanceOccurrences.of(weekly, NOW)));
        WindowOccurrence ended = new WindowOccurrence("Acme weekly", List.of("Acme Web"),
                NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(7)));
        WindowOccurrence someoneElses = new WindowOccurrence("Clicked in the UI", List.of("Acme Web"),
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)));
        live.add(new LiveWindow("PENDED", ended));
        live.add(new LiveWindow("PUI", someoneElses));
        MaintenanceWindow moved = new MaintenanceWindow("Acme weekly", List.of("Acme Web"),
                new WindowTiming.Weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(22, 0), Duration.ofHours(3),
                        ZoneId.of("Asia/Tokyo"), 3), ORIGIN);

        List<WindowChange> changes = WindowDiff.between(List.of(moved), live, NOW);

        assertThat(changes).filteredOn(change -> change.action() == WindowChange.Action.CREATE)
                .extracting(WindowChange::window).containsExactlyElementsOf(MaintenanceOccurrences.of(moved, NOW));
        assertThat(changes).filteredOn(change -> change.action() == WindowChange.Action.DELETE)
                .extracting(change -> change.liveId().orElseThrow())
                .containsExactlyElementsOf(live.subList(0, live.size() - 2).stream().map(LiveWindow::id).toList());
    }

    @Test
    void aRunningOneOffWindowGetsItsNewEndAndServicesButKeepsItsStart() {
        OffsetDateTime start = NOW.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC);
        MaintenanceWindow declared = new MaintenanceWindow("Acme DB upgrade", List.of("Acme DB", "Acme Web"),
                new WindowTiming.Once(start.minusMinutes(30), start.plusHours(4)), ORIGIN);
        WindowOccurrence running = new WindowOccurrence("Acme DB upgrade", List.of("Acme DB"), start.toInstant(),
                start.plusHours(2).toInstant());

        List<WindowChange> changes = WindowDiff.between(List.of(declared), List.of(new LiveWindow("PRUN", running)), NOW);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(WindowChange.Action.UPDATE);
            assertThat(change.liveId()).contains("PRUN");
            assertThat(change.changes()).extracting(FieldChange::path).containsExactly("end", "services");
            assertThat(change.window().start()).isEqualTo(running.start());
            assertThat(change.window().end()).isEqualTo(start.plusHours(4).toInstant());
        });
    }

    @Test
    void aRunningWeekCreatedLatePairsByItsEndThoughPagerDutyMovedItsStart() {
        // Tuesday 22:00 Tokyo is 13:00 UTC: at 14:00 UTC this week's window has run an hour.
        Instant during = Instant.parse("2026-12-01T14:00:00Z");
        List<WindowOccurrence> weeks = MaintenanceOccurrences.of(weekly, during);
        WindowOccurrence running = weeks.get(0);
        assertThat(running.phaseAt(during)).as("the rule's first week runs at that instant")
                .isEqualTo(WindowPhase.ONGOING);
        List<WindowOccurrence> asCreated = new ArrayList<>(weeks);
        asCreated.set(0, new WindowOccurrence(running.name(), running.services(), during.minusSeconds(60),
                running.end()));

        assertThat(WindowDiff.between(List.of(weekly), live(asCreated), during)).isEmpty();
    }

    @Test
    void anEndedOneOffWindowIsHistoryOnBothSides() {
        OffsetDateTime start = NOW.minus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC);
        MaintenanceWindow declared = new MaintenanceWindow("Acme old", List.of("Acme Web"),
                new WindowTiming.Once(start, start.plusHours(1)), ORIGIN);
        WindowOccurrence ended = new WindowOccurrence("Acme old", List.of("Other"), start.toInstant(),
                start.plusHours(2).toInstant());

        assertThat(WindowDiff.between(List.of(declared), List.of(new LiveWindow("POLD", ended)), NOW)).isEmpty();
    }

    private static List<LiveWindow> live(List<WindowOccurrence> windows) {
        List<LiveWindow> live = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            live.add(new LiveWindow("PW" + i, windows.get(i)));
        }
        return live;
    }
}
