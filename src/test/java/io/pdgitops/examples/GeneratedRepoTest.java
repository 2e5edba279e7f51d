package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated benchmark repository of 200 services must be as valid as the hand-written example. */
class GeneratedRepoTest extends ConfigRepositoryContract {

    static final int SERVICES = 200;

    Path temp;
    Path root;

    @BeforeAll
    void generate(@TempDir Path classTemp) throws Exception {
        temp = classTemp;
        root = temp.resolve("seed-42");
        GeneratorRun run = GeneratorRun.of(String.valueOf(SERVICES), root.toString(), "42");
        assertThat(run.exitCode()).as(run.output()).isZero();
        repo = ConfigRepository.load(root);
        seed = SandboxSeed.load(root.resolve("sandbox-seed.yaml"));
    }

    @Test
    void keepsTheRatiosOfARealOperationsTeam() {
        assertThat(repo.ofKind("Service")).hasSize(SERVICES);
        assertThat(repo.ofKind("EscalationPolicy")).hasSize(SERVICES / 5);
        assertThat(repo.ofKind("Schedule")).hasSize(SERVICES / 5);
        assertThat(repo.ofKind("Team")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(seed.userEmails()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void schedulesHaveTwoOrThreeRestrictedLayers() {
        for (ConfigDocument schedule : repo.ofKind("Schedule")) {
            assertThat(schedule.list("layers")).as(schedule.where()).hasSizeBetween(2, 3)
                .allSatisfy(layer -> assertThat(layer).containsKey("restrictions"));
        }
    }

    @Test
    void servicesHaveOneToThreeIntegrationsAndAllTypesAppear() {
        for (ConfigDocument service : repo.ofKind("Service")) {
            assertThat(service.list("integrations")).as(service.where()).hasSizeBetween(1, 3);
        }
        assertThat(RepoFacts.integrationTypes(repo)).isEqualTo(new TreeSet<>(LimitCheck.INTEGRATION_TYPES));
        assertThat(RepoFacts.integrations(repo)).anySatisfy(i -> assertThat(i).containsKey("email_filters"));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        Path again = temp.resolve("seed-42-again");
        Path other = temp.resolve("seed-43");
        assertThat(GeneratorRun.of(String.valueOf(SERVICES), again.toString(), "42").exitCode()).isZero();
        assertThat(GeneratorRun.of(String.valueOf(SERVICES), other.toString(), "43").exitCode()).isZero();

        assertThat(contents(again)).isEqualTo(contents(root));
        assertThat(contents(other)).isNotEqualTo(contents(root));
    }

    @Test
    void refusesToWriteIntoANonEmptyDirectory() throws Exception {
        GeneratorRun run = GeneratorRun.of("5", root.toString(), "1");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.output()).contains("exists and is not empty");
    }

    @Test
    void rejectsAServiceCountThatIsNotAPositiveNumber() throws Exception {
        GeneratorRun run = GeneratorRun.of("0", temp.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("N must be at least 1, got 0");
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
