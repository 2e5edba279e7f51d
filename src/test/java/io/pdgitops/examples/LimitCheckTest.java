package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LimitCheckTest {

    @Test
    void reportsEveryValueOutsidePagerDutyLimits() throws IOException {
        ConfigRepository repo = ConfigRepository.load(Path.of("src/test/resources/examples/broken-limits"));

        assertThat(LimitCheck.problems(repo)).containsExactlyInAnyOrder(
            "objects.yaml document 2 (EscalationPolicy Primary): num_loops must be 0..9, is 10",
            "objects.yaml document 2 (EscalationPolicy Primary): at most one team",
            "objects.yaml document 2 (EscalationPolicy Primary): escalation_delay must be whole minutes >= 1m, is 30s",
            "objects.yaml document 2 (EscalationPolicy Primary): a rule needs 1..10 targets, has 11",
            "objects.yaml document 3 (Schedule Day): rotation_turn_length must be 1h..365d, is 1800s",
            "objects.yaml document 3 (Schedule Day): restriction duration out of range: 86400s",
            "objects.yaml document 3 (Schedule Day): start_day_of_week belongs to weekly restrictions only",
            "objects.yaml document 1 (Service Web): vendor goes with type vendor only",
            "objects.yaml document 1 (Service Web): duplicate integration Nagios",
            "objects.yaml document 1 (Service Web): bad integration_email alerts@example.com",
            "objects.yaml document 1 (Service Web): unknown integration type pigeon");
    }
}
