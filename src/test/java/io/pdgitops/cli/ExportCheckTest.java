package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows an export chose on their own may name services declared elsewhere; every other problem stays an error. */
class ExportCheckTest {

    private static final String WINDOW = "maintenance-windows/patch-night.yaml";

    @TempDir
    Path repo;

    @Test
    void theServicesOfChosenWindowsAreNamedOnceInsteadOfDanglingReferences() throws IOException {
        write(WINDOW, "Patch night", "Kaede Core DB");

        ExportCheck check = ExportCheck.of(ConfigLoader.load(repo), Set.of(WINDOW));

        assertThat(check.valid()).isTrue();
        assertThat(check.reported()).noneMatch(Violation::isError);
        assertThat(check.servicesDeclaredElsewhere()).hasValueSatisfying(note -> assertThat(note)
                .contains("`Kaede Core DB`").contains("--force"));
    }

    @Test
    void windowsTheExportDidNotChooseOrWriteKeepTheirErrors() throws IOException {
        write(WINDOW, "Patch night", "Kaede Core DB");
        write("maintenance-windows/by-hand.yaml", "By hand", "Nowhere");

        ExportCheck nothingChosen = ExportCheck.of(ConfigLoader.load(repo), Set.of());
        ExportCheck oneChosen = ExportCheck.of(ConfigLoader.load(repo), Set.of(WINDOW));

        assertThat(nothingChosen.valid()).isFalse();
        assertThat(nothingChosen.servicesDeclaredElsewhere()).isEmpty();
        assertThat(errorFiles(nothingChosen)).containsExactlyInAnyOrder(WINDOW, "maintenance-windows/by-hand.yaml");
        assertThat(oneChosen.valid()).isFalse();
        assertThat(errorFiles(oneChosen)).containsExactly("maintenance-windows/by-hand.yaml");
        assertThat(oneChosen.servicesDeclaredElsewhere()).hasValueSatisfying(note -> assertThat(note)
                .contains("`Kaede Core DB`").doesNotContain("Nowhere"));
    }

    private static List<String> errorFiles(ExportCheck check) {
        return check.reported().stream().filter(Violation::isError)
                .filter(violation -> violation.code() == ViolationCode.DANGLING_REFERENCE)
                .map(violation -> violation.location().file()).toList();
    }

    private void write(String file, String name, String service) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, """
                kind: MaintenanceWindow
                name: %s
                services: [%s]
                start: 2035-01-16T22:00:00+09:00
                end: 2035-01-17T04:00:00+09:00
                """.formatted(name, service));
    }
}
