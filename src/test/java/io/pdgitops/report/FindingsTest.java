package io.pdgitops.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a plan step's annotation points. */
class FindingsTest {

    private static final DesiredState EXAMPLE = ConfigLoader.load(Path.of("example-repo")).state();

    @Test
    void aMaintenanceWindowStepPointsAtItsOwnDocument() {
        assertThat(EXAMPLE.maintenanceWindows()).as("the example declares windows").isNotEmpty();
        for (MaintenanceWindow window : EXAMPLE.maintenanceWindows()) {
            assertThat(Findings.declaredAt(EXAMPLE, ResourceKey.window(window.name())))
                    .contains(window.origin().location());
        }
    }

    @Test
    void aResetOfEventRulesPointsAtItsServiceDocument() {
        Service service = EXAMPLE.services().get(0);

        assertThat(Findings.declaredAt(EXAMPLE, ResourceKey.eventRules(service.name())))
                .contains(service.origin().location());
    }

    @Test
    void aWindowGitNoLongerDeclaresPointsNowhere() {
        assertThat(Findings.declaredAt(EXAMPLE, ResourceKey.window("Removed window"))).isEmpty();
    }
}
