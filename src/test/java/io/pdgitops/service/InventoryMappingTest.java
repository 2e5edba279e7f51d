package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Inventory;
import io.pdgitops.state.InventoryEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryMappingTest {

    private static final Set<InventoryEntry> ENTRIES = Set.of(InventoryEntry.of("Team", "Ops Tokyo"),
            InventoryEntry.of("EscalationPolicy", "Payments Primary"),
            InventoryEntry.integration("Payments API", "Nagios"),
            InventoryEntry.of("EventRules", "Payments API"),
            InventoryEntry.of("MaintenanceWindow", "Kaede Bank weekly change window"));

    @Test
    void knownEntriesBecomeThePlannersKeysAndBack() {
        Inventory inventory = InventoryMapping.toInventory(ENTRIES, true);

        assertThat(inventory.recorded()).isTrue();
        assertThat(inventory.keys()).containsExactlyInAnyOrder(
                new ResourceKey(ResourceKind.TEAM, "Ops Tokyo", Optional.empty()),
                new ResourceKey(ResourceKind.ESCALATION_POLICY, "Payments Primary", Optional.empty()),
                ResourceKey.integration("Payments API", "Nagios"),
                ResourceKey.eventRules("Payments API"),
                ResourceKey.window("Kaede Bank weekly change window"));
        assertThat(InventoryMapping.toEntries(inventory)).containsExactlyInAnyOrderElementsOf(ENTRIES);
    }

    @Test
    void declaringFilesGoIntoTheStateAndComeBack() {
        Set<InventoryEntry> entries = Set.of(InventoryEntry.of("Team", "Ops Tokyo").declaredIn("teams/ops.yaml"),
                InventoryEntry.integration("Payments API", "Nagios").declaredIn("services/payments.yaml"),
                InventoryEntry.of("Service", "Old"));

        Inventory inventory = InventoryMapping.toInventory(entries, true);

        assertThat(inventory.declaringFile(ResourceKey.integration("Payments API", "Nagios")))
                .contains("services/payments.yaml");
        assertThat(inventory.declaringFile(new ResourceKey(ResourceKind.SERVICE, "Old", Optional.empty()))).isEmpty();
        assertThat(InventoryMapping.toEntries(inventory)).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void theSameKeysInOtherFilesOrTheSameFilesForOtherKeysAreNotTheEntriesOfBefore() {
        Set<InventoryEntry> first = Set.of(InventoryEntry.of("Team", "Ops Tokyo").declaredIn("teams/ops.yaml"),
                InventoryEntry.integration("Payments API", "Nagios").declaredIn("services/payments.yaml"));
        Set<InventoryEntry> moved = Set.of(InventoryEntry.of("Team", "Ops Tokyo").declaredIn("teams/tokyo.yaml"),
                InventoryEntry.integration("Payments API", "Nagios").declaredIn("services/payments.yaml"));
        Set<InventoryEntry> renamed = Set.of(InventoryEntry.of("Team", "Ops Osaka").declaredIn("teams/tokyo.yaml"),
                InventoryEntry.integration("Payments API", "Nagios").declaredIn("services/payments.yaml"));

        for (Set<InventoryEntry> entries : List.of(first, first, moved, renamed, first)) {
            // Each from a fresh inventory, as every sync declares one: equal ones may share their entries.
            Inventory inventory = Inventory.withFiles(InventoryMapping.toInventory(entries, true).keys(),
                    InventoryMapping.toInventory(entries, true).declaredIn());
            assertThat(InventoryMapping.toEntries(inventory)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(entries);
        }
    }

    @Test
    void unknownInventoryPrunesNothing() {
        assertThat(InventoryMapping.toInventory(ENTRIES, false)).isEqualTo(Inventory.none());
    }

    @Test
    void anUnknownKindInTheStateFileIsNamed() {
        assertThatThrownBy(() -> InventoryMapping.toInventory(Set.of(InventoryEntry.of("Webhook", "x")), true))
                .hasMessage("unknown kind in the inventory: Webhook");
    }
}
