package io.pdgitops.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Team;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** load(write(x)) == x for generated objects, one file per object and all in one multi-document file. */
class YamlWriterRoundTripTest {

    @TempDir
    Path repo;

    static Stream<Long> seeds() {
        return LongStream.range(1, 21).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneFilePerObjectLoadsBackEqual(long seed) throws IOException {
        List<DeclaredObject> objects = generate(seed);
        for (int i = 0; i < objects.size(); i++) {
            Files.writeString(repo.resolve("object-" + i + ".yaml"), YamlWriter.file(
                    List.of(YamlWriter.schemaComment("schemas/pd-gitops.schema.json"), "exported: seed " + seed),
                    List.of(objects.get(i))));
        }
        assertLoadsBack(objects);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneMultiDocumentFileLoadsBackEqual(long seed) throws IOException {
        List<DeclaredObject> objects = generate(seed);
        Files.writeString(repo.resolve("all.yaml"), YamlWriter.file(List.of("a comment\nspanning lines"), objects));
        assertLoadsBack(objects);
    }

    private void assertLoadsBack(List<DeclaredObject> objects) {
        LoadResult loaded = ConfigLoader.load(repo);
        // Random schedules may leave a rule reaching nobody at some hour: a warning, which says nothing of the writer.
        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        assertThat(loaded.state().objects().stream().map(Unplaced::of).toList())
                .containsExactlyInAnyOrderElementsOf(objects);
    }

    private static List<DeclaredObject> generate(long seed) {
        RandomObjects random = new RandomObjects(seed);
        List<String> teams = new ArrayList<>();
        List<String> schedules = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        List<DeclaredObject> objects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Team team = random.team(random.name("Team", i), teams);
            teams.add(team.name());
            objects.add(team);
        }
        for (int i = 0; i < 3; i++) {
            Schedule schedule = random.schedule(random.name("Schedule", i), teams);
            schedules.add(schedule.name());
            objects.add(schedule);
        }
        for (int i = 0; i < 3; i++) {
            EscalationPolicy policy = random.policy(random.name("Policy", i), teams, schedules);
            policies.add(policy.name());
            objects.add(policy);
        }
        for (int i = 0; i < 4; i++) {
            objects.add(random.service(random.name("Service", i), policies.get(i % policies.size()), i));
        }
        return objects;
    }
}
