package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository declaring one schedule, applied to a sandbox, after which a second live schedule of the same name
 * appears (as another writer racing on the account would leave it).
 *
 * @param firstId the schedule the first apply created
 */
record TwoSchedulesOfOneName(Path state, Path repo, String firstId) {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEDULE = "Rotation";
    /** The second schedule of the same name. */
    static final String SECOND_ID = "PSECOND";

    static TwoSchedulesOfOneName in(Path temp) throws IOException {
        Path state = temp.resolve("sandbox.json");
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: Ann, email: ann@example.com, time_zone: Asia/Tokyo, role: user}\n");
        Files.writeString(repo.resolve("schedule.yaml"), schedule(SCHEDULE, "Daily"));
        CliRun first = CliRun.of(state, "apply", "--auto-approve", repo.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        List<String> named = scheduleIds(state, SCHEDULE);
        assertThat(named).as("the first apply created the schedule once").hasSize(1);
        ObjectNode sandbox = (ObjectNode) JSON.readTree(state.toFile());
        ObjectNode schedules = (ObjectNode) sandbox.path("collections").path("schedules");
        JsonNode copy = schedules.get(named.get(0)).deepCopy();
        ((ObjectNode) copy).put("id", SECOND_ID);
        schedules.set(SECOND_ID, copy);
        ((ArrayNode) sandbox.path("issued_ids")).add(SECOND_ID);
        JSON.writeValue(state.toFile(), sandbox);
        return new TwoSchedulesOfOneName(state, repo, named.get(0));
    }

    /** The ids of the live schedules named {@code name}, as the sandbox keeps them. */
    static List<String> scheduleIds(Path state, String name) throws IOException {
        List<String> named = new ArrayList<>();
        JSON.readTree(state.toFile()).path("collections").path("schedules").properties().forEach(entry -> {
            if (name.equals(entry.getValue().path("name").asText())) {
                named.add(entry.getKey());
            }
        });
        return named;
    }

    /** The live schedule {@code id}, as the sandbox keeps it. */
    JsonNode liveSchedule(String id) throws IOException {
        return JSON.readTree(state.toFile()).path("collections").path("schedules").path(id);
    }

    static String schedule(String name, String layer) {
        return "kind: Schedule\nname: " + name + "\ntime_zone: Asia/Tokyo\nlayers:\n  - {name: " + layer
                + ", start: 2026-01-05T09:00:00+09:00, rotation_turn_length: 1d, users: [ann@example.com]}\n";
    }
}
