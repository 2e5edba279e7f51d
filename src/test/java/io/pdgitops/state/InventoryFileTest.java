package io.pdgitops.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryFileTest {

    @TempDir
    Path temp;

    @Test
    void writtenInventoryReadsBackWithIntegrationsEventRulesAndNamesWithSpaces() throws IOException {
        Inventory inventory = Inventory.of(List.of(
                new ResourceKey(ResourceKind.SERVICE, "Payments API", Optional.empty()),
                new ResourceKey(ResourceKind.TEAM, "Ops Tokyo", Optional.empty()),
                ResourceKey.integration("Payments API", "Legacy mail"),
                ResourceKey.eventRules("Payments API")));
        Path file = temp.resolve("state/inventory.tsv");

        InventoryFile.write(file, inventory);

        assertThat(Files.readAllLines(file)).containsExactly(
                "# pd-gitops inventory: what the last successful apply declared",
                "Team\tOps Tokyo",
                "Service\tPayments API",
                "Integration\tPayments API\tLegacy mail",
                "EventRules\tPayments API");
        assertThat(InventoryFile.read(file)).isEqualTo(inventory);
    }

    @Test
    void aLineItCannotReadIsReportedWithFileAndLine() throws IOException {
        Path file = temp.resolve("inventory.tsv");
        Files.writeString(file, "# comment\nTeam\tOps\nWidget\tX\n");

        assertThatThrownBy(() -> InventoryFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3: not an inventory line (KIND<TAB>NAME, or Integration<TAB>SERVICE<TAB>NAME,"
                        + " then optionally <TAB>FILE)");
    }

    @Test
    void theDeclaringFileOfEachObjectIsWrittenAndReadBack() throws IOException {
        ResourceKey team = new ResourceKey(ResourceKind.TEAM, "Ops Tokyo", Optional.empty());
        ResourceKey integration = ResourceKey.integration("Payments API", "Nagios");
        Inventory inventory = Inventory.withFiles(List.of(team, integration),
                Map.of(team, "teams/ops.yaml", integration, "services/payments.yaml"));
        Path file = temp.resolve("inventory.tsv");

        InventoryFile.write(file, inventory);

        assertThat(Files.readAllLines(file)).contains("Team\tOps Tokyo\tteams/ops.yaml",
                "Integration\tPayments API\tNagios\tservices/payments.yaml");
        Inventory read = InventoryFile.read(file);
        assertThat(read).isEqualTo(inventory);
        assertThat(read.declaringFile(integration)).contains("services/payments.yaml");
    }

    @Test
    void aMaintenanceWindowIsRecordedByNameWithItsFileAndReadBack() throws IOException {
        ResourceKey window = ResourceKey.window("Kaede Bank weekly change window");
        Inventory inventory = Inventory.withFiles(List.of(window),
                Map.of(window, "maintenance-windows/kaede-bank.yaml"));
        Path file = temp.resolve("inventory.tsv");

        InventoryFile.write(file, inventory);

        assertThat(Files.readAllLines(file))
                .contains("MaintenanceWindow\tKaede Bank weekly change window\tmaintenance-windows/kaede-bank.yaml");
        assertThat(InventoryFile.read(file)).isEqualTo(inventory);
    }

    @Test
    void aListWithoutTheFileColumnStillReadsWithNoFileKnown() throws IOException {
        Path file = temp.resolve("old.tsv");
        Files.writeString(file, "Team\tOps\nIntegration\tPayments API\tNagios\n");

        Inventory read = InventoryFile.read(file);

        assertThat(read.keys()).containsExactlyInAnyOrder(new ResourceKey(ResourceKind.TEAM, "Ops", Optional.empty()),
                ResourceKey.integration("Payments API", "Nagios"));
        assertThat(read.declaredIn()).isEmpty();
    }

    @Test
    void adoptionsAreWrittenAsTheirOwnLinesAndReadBack() throws IOException {
        ResourceKey schedule = new ResourceKey(ResourceKind.SCHEDULE, "Ops Rotation", Optional.empty());
        ResourceKey team = new ResourceKey(ResourceKind.TEAM, "Ops Tokyo", Optional.empty());
        Inventory inventory = Inventory.withFiles(List.of(team), Map.of(team, "teams/ops.yaml"))
                .adopting(schedule, "PSCH002");
        Path file = temp.resolve("inventory.tsv");

        InventoryFile.write(file, inventory);

        assertThat(Files.readAllLines(file)).contains("Adopted\tSchedule\tOps Rotation\tPSCH002");
        Inventory read = InventoryFile.read(file);
        assertThat(read).isEqualTo(inventory);
        assertThat(read.adopted()).containsEntry(schedule, "PSCH002");
        assertThat(read.keys()).as("a pin alone does not make an object prunable").doesNotContain(schedule);
    }

    @Test
    void anAdoptionLineWithoutAnIdOrOfAnIntegrationIsReportedWithFileAndLine() throws IOException {
        Path file = temp.resolve("inventory.tsv");
        for (String line : List.of("Adopted\tSchedule\tOps\t", "Adopted\tIntegration\tPayments API\tPINT1")) {
            Files.writeString(file, "Team\tOps\n" + line + "\n");

            assertThatThrownBy(() -> InventoryFile.read(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(file + ":2: not an adoption line");
        }
    }
}
