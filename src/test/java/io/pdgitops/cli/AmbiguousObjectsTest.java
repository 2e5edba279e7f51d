package io.pdgitops.cli;

import static io.pdgitops.cli.TwoSchedulesOfOneName.JSON;
import static io.pdgitops.cli.TwoSchedulesOfOneName.SCHEDULE;
import static io.pdgitops.cli.TwoSchedulesOfOneName.SECOND_ID;
import static io.pdgitops.cli.TwoSchedulesOfOneName.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declared object that several live objects match (as two writers racing on one account leave behind) stops
 * plan and apply with exit 1, naming every live id, and writes nothing until only one is left.
 */
class AmbiguousObjectsTest {

    @TempDir
    Path temp;

    Path state;
    Path repo;
    String firstId;

    @BeforeEach
    void twoLiveSchedulesOfOneName() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this would change a real account");
        TwoSchedulesOfOneName fixture = TwoSchedulesOfOneName.in(temp);
        state = fixture.state();
        repo = fixture.repo();
        firstId = fixture.firstId();
    }

    @Test
    void planExitsOneNamingEveryLiveIdOfTheAmbiguousName() {
        CliRun plan = CliRun.of(state, "plan", "--detailed-exitcode", repo.toString());

        assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(plan.err()).contains("Schedule `" + SCHEDULE + "` (").contains(firstId).contains(SECOND_ID)
                .contains("pd-gitops adopt KIND ID")
                .contains("delete (or rename) the extra ones in PagerDuty").contains("nothing was applied");
    }

    @Test
    void applyRefusesAndWritesNothingNotEvenTheUnambiguousChanges() throws IOException {
        Files.writeString(repo.resolve("other.yaml"), schedule("Other", "Weekly"));
        String before = Files.readString(state);

        CliRun apply = CliRun.of(state, "apply", "--auto-approve", repo.toString());

        assertThat(apply.exit()).as(apply.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(apply.err()).contains("Schedule `" + SCHEDULE + "`").contains("nothing was applied");
        assertThat(Files.readString(state)).as("the sandbox was not written to").isEqualTo(before);
    }

    @Test
    void onceTheExtraOneIsDeletedTheRepositoryPlansAndAppliesAgain() throws IOException {
        ObjectNode sandbox = (ObjectNode) JSON.readTree(state.toFile());
        ((ObjectNode) sandbox.path("collections").path("schedules")).remove(SECOND_ID);
        JSON.writeValue(state.toFile(), sandbox);
        Files.writeString(repo.resolve("schedule.yaml"), schedule(SCHEDULE, "Changed"));

        assertThat(CliRun.of(state, "plan", "--detailed-exitcode", repo.toString()).exit())
                .isEqualTo(ExitCodes.CHANGES);
        assertThat(CliRun.of(state, "apply", "--auto-approve", repo.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.of(state, "plan", "--detailed-exitcode", repo.toString()).exit()).isEqualTo(ExitCodes.OK);
    }
}
