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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryFileTest {

    @TempDir
    Path temp;

    @Test
    void writtenInventoryReadsBackWithIntegrationsAndNamesWithSpaces() throws IOException {
        Inventory inventory = Inventory.of(List.of(
                new ResourceKey(ResourceKind.SERVICE, "Payments API", Optional.empty()),
                new ResourceKey(ResourceKind.TEAM, "Ops Tokyo", Optional.empty()),
                ResourceKey.integration("Payments API", "Legacy mail")));
        Path file = temp.resolve("state/inventory.tsv");

        InventoryFile.write(file, inventory);

        assertThat(Files.readAllLines(file)).containsExactly(
                "# pd-gitops inventory: what the last successful apply declared",
                "Team\tOps Tokyo",
                "Service\tPayments API",
                "Integration\tPayments API\tLegacy mail");
        assertThat(InventoryFile.read(file)).isEqualTo(inventory);
    }

    @Test
    void aLineItCannotReadIsReportedWithFileAndLine() throws IOException {
        Path file = temp.resolve("inventory.tsv");
        Files.writeString(file, "# comment\nTeam\tOps\nWidget\tX\n");

        assertThatThrownBy(() -> InventoryFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3: not an inventory line (KIND<TAB>NAME, or Integration<TAB>SERVICE<TAB>NAME)");
    }
}
