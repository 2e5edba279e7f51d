package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declared object that several live objects match (as two writers racing on one account leave behind) stops
 * plan and apply with exit 1, naming every live id, and writes nothing until only one is left.
 */
class AmbiguousObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULE = "Rotation";
    /** A second schedule of the same name, as another writer would have created it. */
    private static final String SECOND_ID = "PSECOND";

    @TempDir
    Path temp;

    Path state;
    Path repo;
    String firstId;

    @BeforeEach
    void twoLiveSchedulesOfOneName() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this would change a real account");
        state = temp.resolve("sandbox.json");
        repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: Ann, email: ann@example.com, time_zone: Asia/Tokyo, role: user}\n");
        Files.writeString(repo.resolve("schedule.yaml"), schedule(SCHEDULE, "Daily"));
        CliRun first = CliRun.of(state, "apply", "--auto-approve", repo.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        firstId = duplicateSchedule(SCHEDULE);
    }

    @Test
    void planExitsOneNamingEveryLiveIdOfTheAmbiguousName() {
        CliRun plan = CliRun.of(state, "plan", "--detailed-exitcode", repo.toString());

        assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(plan.err()).contains("Schedule `" + SCHEDULE + "` (").contains(firstId).contains(SECOND_ID)
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

    /** Copies the one live schedule of {@code name} under {@link #SECOND_ID}; returns the original's id. */
    private String duplicateSchedule(String name) throws IOException {
        ObjectNode sandbox = (ObjectNode) JSON.readTree(state.toFile());
        ObjectNode schedules = (ObjectNode) sandbox.path("collections").path("schedules");
        List<String> named = new ArrayList<>();
        schedules.properties().forEach(entry -> {
            if (name.equals(entry.getValue().path("name").asText())) {
                named.add(entry.getKey());
            }
        });
        assertThat(named).as("the first apply created the schedule once").hasSize(1);
        JsonNode copy = schedules.get(named.get(0)).deepCopy();
        ((ObjectNode) copy).put("id", SECOND_ID);
        schedules.set(SECOND_ID, copy);
        ((ArrayNode) sandbox.path("issued_ids")).add(SECOND_ID);
        JSON.writeValue(state.toFile(), sandbox);
        return named.get(0);
    }

    private static String schedule(String name, String layer) {
        return "kind: Schedule\nname: " + name + "\ntime_zone: Asia/Tokyo\nlayers:\n  - {name: " + layer
                + ", start: 2026-01-05T09:00:00+09:00, rotation_turn_length: 1d, users: [ann@example.com]}\n";
    }
}
