package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.testing.AcmeServices;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maintenance window documents become model windows; their own rules report at file and line. */
class MaintenanceWindowLoadingTest {

    private static final String SERVICE = AcmeServices.YAML;

    @TempDir
    Path repo;

    @Test
    void aWeeklyWindowTakesTheDefaultZoneAndWeeksAhead() throws IOException {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "defaults:\n  time_zone: Europe/Berlin\n");
        write(SERVICE + """
                ---
                kind: MaintenanceWindow
                name: Acme weekly change window
                services: [Acme Web]
                weekly:
                  days: [tue, 4]
                  start: "22:00"
                  duration: 2h30m
                """);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        MaintenanceWindow window = result.state().maintenanceWindows().get(0);
        assertThat(window.name()).isEqualTo("Acme weekly change window");
        assertThat(window.services()).containsExactly("Acme Web");
        assertThat(window.origin().location().line()).isEqualTo(15);
        assertThat(window.timing()).isEqualTo(new WindowTiming.Weekly(List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(22, 0), Duration.ofMinutes(150), ZoneId.of("Europe/Berlin"),
                WindowTiming.Weekly.DEFAULT_WEEKS_AHEAD));
    }

    @Test
    void aOneOffWindowKeepsItsOffsetsAndATwiceDeclaredNameIsAnError() throws IOException {
        String window = """
                ---
                kind: MaintenanceWindow
                name: Acme DB upgrade
                services: [Acme Web]
                start: 2026-12-12T22:00:00+01:00
                end: 2026-12-13T01:00:00+01:00
                """;
        write(SERVICE + window + window);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.state().maintenanceWindows()).first().extracting(MaintenanceWindow::timing)
                .isEqualTo(new WindowTiming.Once(OffsetDateTime.parse("2026-12-12T22:00:00+01:00"),
                        OffsetDateTime.parse("2026-12-13T01:00:00+01:00")));
        assertThat(result.violations()).extracting(Violation::format).containsExactly(
                "windows.yaml:22:7: error duplicate-name MaintenanceWindow `Acme DB upgrade` is already declared at windows.yaml:16:7");
    }

    private void write(String text) throws IOException {
        Files.writeString(repo.resolve("windows.yaml"), text);
    }
}
