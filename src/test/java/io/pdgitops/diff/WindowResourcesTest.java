package io.pdgitops.diff;

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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One diff resource per window document, its PagerDuty windows as field changes. */
class WindowResourcesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("windows.yaml"));

    private final MaintenanceWindow weekly = new MaintenanceWindow("Acme weekly", List.of("Acme Web"),
            new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(22, 0), Duration.ofHours(3),
                    ZoneId.of("Asia/Tokyo"), 2), ORIGIN);
    private final OffsetDateTime upgradeStart = NOW.plus(Duration.ofDays(5)).atOffset(ZoneOffset.UTC);
    private final MaintenanceWindow upgrade = new MaintenanceWindow("Acme upgrade", List.of("Acme DB"),
            new WindowTiming.Once(upgradeStart, upgradeStart.plusHours(2)), ORIGIN);

    @Test
    void aDocumentWithoutOpenWindowsIsACreateListingEachWindowItMakes() {
        WindowResources resources = WindowResources.between(List.of(weekly), List.of(), NOW);
        List<WindowOccurrence> weeks = MaintenanceOccurrences.of(weekly, NOW);

        assertThat(resources.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.key()).isEqualTo(ResourceKey.window(weekly.name()));
            assertThat(resource.action()).isEqualTo(DiffAction.CREATE);
            assertThat(resource.liveIds()).isEmpty();
            assertThat(resource.changes()).extracting(FieldChange::path)
                    .containsExactlyElementsOf(weeks.stream().map(week -> "windows[" + week.start() + "]").toList());
            assertThat(resource.changes()).allSatisfy(change -> assertThat(change.live()).isEmpty());
        });
        assertThat(resources.changes().get(weekly.name())).hasSize(weeks.size());
    }

    @Test
    void matchingWindowsAreANoOpAndAChangedOneAnUpdateWithItsFieldUnderItsStart() {
        List<LiveWindow> live = new ArrayList<>();
        MaintenanceOccurrences.of(weekly, NOW).forEach(week -> live.add(new LiveWindow("PW" + live.size(), week)));
        WindowOccurrence declared = MaintenanceOccurrences.of(upgrade, NOW).get(0);
        live.add(new LiveWindow("PUP", new WindowOccurrence(declared.name(), List.of("Acme Web"), declared.start(),
                declared.end())));

        WindowResources resources = WindowResources.between(List.of(weekly, upgrade), live, NOW);

        assertThat(resources.resources()).extracting(ResourceDiff::action)
                .containsExactly(DiffAction.NO_OP, DiffAction.UPDATE);
        ResourceDiff changed = resources.resources().get(1);
        assertThat(changed.liveIds()).containsExactly("PUP");
        assertThat(changed.changes()).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("windows[" + declared.start() + "].services");
            assertThat(change.desired()).contains("Acme DB");
            assertThat(change.live()).contains("Acme Web");
        });
        assertThat(resources.changes()).containsOnlyKeys(upgrade.name());
    }

    @Test
    void openIdsLeaveOutEndedWindowsAndOtherNames() {
        WindowOccurrence ended = new WindowOccurrence("Acme upgrade", List.of("Acme DB"), NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(1)));
        WindowOccurrence future = MaintenanceOccurrences.of(upgrade, NOW).get(0);
        WindowOccurrence other = new WindowOccurrence("Clicked in the UI", List.of("Acme DB"), future.start(),
                future.end());

        assertThat(WindowResources.openIds(List.of(new LiveWindow("POLD", ended), new LiveWindow("PNEW", future),
                new LiveWindow("PUI", other)), upgrade.name(), NOW)).containsExactly("PNEW");
    }
}
