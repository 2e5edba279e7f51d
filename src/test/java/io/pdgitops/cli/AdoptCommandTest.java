package io.pdgitops.cli;

import static io.pdgitops.cli.TwoSchedulesOfOneName.SCHEDULE;
import static io.pdgitops.cli.TwoSchedulesOfOneName.SECOND_ID;
import static io.pdgitops.cli.TwoSchedulesOfOneName.schedule;
import static io.pdgitops.cli.TwoSchedulesOfOneName.scheduleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pd-gitops adopt} settles an ambiguous name on one PagerDuty id: plan and apply then use that id, create no
 * third copy and leave the other one alone. Against the built-in sandbox, end to end.
 */
class AdoptCommandTest {

    @TempDir
    Path temp;

    TwoSchedulesOfOneName account;
    Path inventory;

    @BeforeEach
    void twoLiveSchedulesOfOneName() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this would change a real account");
        account = TwoSchedulesOfOneName.in(temp);
        inventory = temp.resolve("inventory");
    }

    private CliRun run(String... args) {
        return CliRun.of(account.state(), args);
    }

    @Test
    void afterAdoptingOneThePlanProceedsAndApplyConvergesOnItLeavingTheOtherAlone() throws IOException {
        String repo = account.repo().toString();
        assertThat(run("plan", repo).exit()).as("ambiguous before the adoption").isEqualTo(ExitCodes.INVALID);
        JsonNode untouched = account.liveSchedule(account.firstId());

        CliRun adopt = run("adopt", "Schedule", SECOND_ID, repo, "--inventory", inventory.toString());

        assertThat(adopt.exit()).as(adopt.err()).isEqualTo(ExitCodes.OK);
        assertThat(adopt.out()).contains("Schedule `" + SCHEDULE + "` is " + SECOND_ID)
                .contains("leaves " + account.firstId() + " alone");
        assertThat(Files.readAllLines(inventory)).contains("Adopted\tSchedule\t" + SCHEDULE + "\t" + SECOND_ID);

        Files.writeString(account.repo().resolve("schedule.yaml"), schedule(SCHEDULE, "Changed"));
        CliRun plan = run("plan", "--detailed-exitcode", "--prune-from", inventory.toString(), repo);
        assertThat(plan.exit()).as(plan.all()).isEqualTo(ExitCodes.CHANGES);
        assertThat(plan.out()).contains(SECOND_ID).doesNotContain(account.firstId());

        CliRun apply = run("apply", "--auto-approve", "--prune-from", inventory.toString(), "--save-inventory",
                inventory.toString(), repo);
        assertThat(apply.exit()).as(apply.all()).isEqualTo(ExitCodes.OK);

        assertThat(run("plan", "--detailed-exitcode", "--prune-from", inventory.toString(), repo).exit())
                .as("converged").isEqualTo(ExitCodes.OK);
        assertThat(scheduleIds(account.state(), SCHEDULE)).as("no third copy")
                .containsExactlyInAnyOrder(account.firstId(), SECOND_ID);
        assertThat(account.liveSchedule(account.firstId())).as("the other one is left alone").isEqualTo(untouched);
        assertThat(account.liveSchedule(SECOND_ID).toString()).contains("Changed");
        assertThat(Files.readAllLines(inventory)).as("the pin outlives the inventory apply writes")
                .contains("Adopted\tSchedule\t" + SCHEDULE + "\t" + SECOND_ID);
    }

    @Test
    void pruneDeletesTheAdoptedObjectOnlyNeverTheOneLeftAlone() throws IOException {
        String repo = account.repo().toString();
        assertThat(run("adopt", "schedule", SECOND_ID, repo, "--inventory", inventory.toString()).exit())
                .isEqualTo(ExitCodes.OK);
        assertThat(run("apply", "--auto-approve", "--prune-from", inventory.toString(), "--save-inventory",
                inventory.toString(), repo).exit()).isEqualTo(ExitCodes.OK);
        Files.writeString(account.repo().resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\nsync: {prune: true}\n");
        Files.delete(account.repo().resolve("schedule.yaml"));

        CliRun prune = run("apply", "--auto-approve", "--prune-from", inventory.toString(), "--save-inventory",
                inventory.toString(), repo);

        assertThat(prune.exit()).as(prune.all()).isEqualTo(ExitCodes.OK);
        assertThat(scheduleIds(account.state(), SCHEDULE)).containsExactly(account.firstId());
        assertThat(Files.readString(inventory)).as("a pin of an object Git no longer declares goes")
                .doesNotContain("Adopted");
    }

    @Test
    void anUnknownIdAnIdOfAnotherKindOrOfAnUndeclaredNameIsRefusedAndNothingIsWritten() throws IOException {
        String repo = account.repo().toString();
        String before = Files.readString(account.state());

        CliRun unknown = run("adopt", "Schedule", "PNOSUCH", repo, "--inventory", inventory.toString());
        CliRun otherKind = run("adopt", "Service", SECOND_ID, repo, "--inventory", inventory.toString());
        CliRun badKind = run("adopt", "Webhook", SECOND_ID, repo, "--inventory", inventory.toString());
        Files.writeString(account.repo().resolve("schedule.yaml"), schedule("Renamed", "Daily"));
        CliRun undeclared = run("adopt", "Schedule", SECOND_ID, repo, "--inventory", inventory.toString());

        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(unknown.err()).contains("PagerDuty has no Schedule with id PNOSUCH").contains("nothing was adopted");
        assertThat(otherKind.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(otherKind.err()).contains("it is a Schedule (`" + SCHEDULE + "`)");
        assertThat(badKind.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(badKind.err()).contains("unknown kind `Webhook`");
        assertThat(undeclared.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(undeclared.err()).contains("is named `" + SCHEDULE + "`, and the repository declares no Schedule");
        assertThat(inventory).doesNotExist();
        assertThat(Files.readString(account.state())).as("adopt writes nothing to PagerDuty").isEqualTo(before);
    }
}
