package io.pdgitops.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.WindowDiff;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.testing.AcmeServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows written as documents load without a problem and compare equal to what was written. */
class WindowDocumentTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("export"));

    @TempDir
    Path repo;

    @Test
    void exportedWindowsValidateAndLeaveNothingToChange() throws IOException {
        List<WindowOccurrence> windows = List.of(
                new WindowOccurrence("Acme emergency", List.of("Acme Web"), NOW.minus(Duration.ofHours(1)),
                        NOW.plus(Duration.ofHours(2))),
                new WindowOccurrence("Acme change: Tuesday", List.of("Acme Web", "Acme Mail"),
                        NOW.plus(Duration.ofDays(6)), NOW.plus(Duration.ofDays(6)).plus(Duration.ofMinutes(90))));
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML);
        Files.writeString(repo.resolve("windows.yaml"), WindowDocument.file(List.of("exported"),
                windows.stream().map(window -> WindowDocument.oneOff(window, ORIGIN)).toList()));

        LoadResult loaded = ConfigLoader.load(repo);

        assertThat(loaded.violations()).isEmpty();
        assertThat(loaded.state().maintenanceWindows()).hasSameSizeAs(windows);
        List<LiveWindow> live = List.of(new LiveWindow("P1", windows.get(0)), new LiveWindow("P2", windows.get(1)));
        assertThat(WindowDiff.between(loaded.state().maintenanceWindows(), live, NOW)).isEmpty();
    }

    @Test
    void aWrittenWeeklyRuleLoadsAsTheSameRule() throws IOException {
        MaintenanceWindow rule = new MaintenanceWindow("Acme change window", List.of("Acme Web", "Acme Mail"),
                new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), LocalTime.of(23, 15),
                        Duration.ofMinutes(150), ZoneId.of("Asia/Tokyo"), 6), ORIGIN);
        Files.writeString(repo.resolve("services.yaml"), AcmeServices.YAML);
        Files.writeString(repo.resolve("windows.yaml"), WindowDocument.file(List.of("exported"), List.of(rule)));

        LoadResult loaded = ConfigLoader.load(repo);

        assertThat(loaded.violations()).isEmpty();
        assertThat(loaded.state().maintenanceWindows()).singleElement()
                .satisfies(window -> assertThat(window.timing()).isEqualTo(rule.timing()));
    }
}
