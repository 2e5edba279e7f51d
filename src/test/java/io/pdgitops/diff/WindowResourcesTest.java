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
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** What a document expands to, held by PagerDuty, is a no-op; held by nothing, one create per open window. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomWindowsAgainstTheirOwnWeeksChangeNothingAndAgainstNothingCreateEachOpenWeek(long seed) {
        List<MaintenanceWindow> declared = new RandomStates(seed, "").desiredWithWindows().maintenanceWindows();
        Instant now = NOW.plus(Duration.ofMinutes(seed * 97));
        List<LiveWindow> live = new ArrayList<>();
        for (WindowOccurrence window : MaintenanceOccurrences.of(declared, now)) {
            if (window.phaseAt(now) != WindowPhase.PAST) {
                live.add(new LiveWindow("PW" + live.size(), window));
            }
        }

        assertThat(WindowResources.between(declared, live, now).resources()).hasSize(declared.size())
                .allSatisfy(resource -> assertThat(resource.action()).isEqualTo(DiffAction.NO_OP));
        List<ResourceDiff> fromNothing = WindowResources.between(declared, List.of(), now).resources();
        for (int i = 0; i < declared.size(); i++) {
            String name = declared.get(i).name();
            long open = live.stream().filter(window -> window.window().name().equals(name)).count();
            assertThat(fromNothing.get(i).action()).isEqualTo(open == 0 ? DiffAction.NO_OP : DiffAction.CREATE);
            assertThat(fromNothing.get(i).changes()).hasSize((int) open);
        }
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
