package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveIntegrationTest {

    @Test
    void keepsTheIntegrationKeyOutOfToString() {
        Integration nagios = new Integration("Nagios", IntegrationType.NAGIOS, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "/integrations/0");

        String text = new LiveIntegration("PI1", nagios, Optional.of("a1b2c3d4e5")).toString();

        assertThat(text).doesNotContain("a1b2c3d4e5").contains("PI1").contains("integrationKey=***");
    }
}
