package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated benchmark repository of 200 services must validate as clean as the hand-written example. */
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
        load(root);
    }

    /**
     * A schedule without the optional weekend layer has nobody on call on Saturday and Sunday daytime,
     * so the first rule of its policy, which targets only that schedule, reaches nobody then. Rosters
     * cover every hour.
     */
    @Override
    List<String> expectedWarnings() {
        return state.escalationPolicies().stream()
                .filter(policy -> {
                    Schedule first = state.schedule(policy.rules().get(0).targets().get(0).reference()).orElseThrow();
                    return state.rosterOf(first).isEmpty() && first.layers().stream()
                            .noneMatch(layer -> layer.name().equals(Optional.of("Weekend")));
                })
                .map(policy -> policy.origin().locationOf(FieldPath.of("rules", 0)) + " rule-reaches-nobody")
                .toList();
    }

    @Test
    void keepsTheRatiosOfARealOperationsTeam() {
        assertThat(state.services()).hasSize(SERVICES);
        assertThat(state.escalationPolicies()).hasSize(SERVICES / 5);
        assertThat(state.schedules()).hasSize(SERVICES / 5);
        assertThat(state.teams()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(seed.userEmails()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void everyFourthScheduleIsARosterCompiledToADayAndANightLayerCoveringEveryHour() {
        assertThat(state.rosters()).hasSize(state.schedules().size() / 4);
        for (Schedule schedule : state.schedules()) {
            if (state.rosterOf(schedule).isPresent()) {
                assertThat(schedule.coverage()).isPresent();
                assertThat(schedule.layers()).extracting(layer -> layer.name().orElse("")).containsExactly("Day", "Night");
            }
        }
    }

    @Test
    void schedulesHaveTwoOrThreeRestrictedLayers() {
        for (Schedule schedule : state.schedules()) {
            assertThat(schedule.layers()).as(schedule.name()).hasSizeBetween(2, 3)
                .allSatisfy(layer -> assertThat(layer.restrictions()).isNotEmpty());
        }
    }

    @Test
    void servicesHaveOneToThreeIntegrationsAndAllTypesAppear() {
        for (Service service : state.services()) {
            assertThat(RepoFacts.integrations(service)).as(service.name()).hasSizeBetween(1, 3);
        }
        assertThat(RepoFacts.integrationTypes(state)).isEqualTo(EnumSet.allOf(IntegrationType.class));
        assertThat(RepoFacts.integrations(state)).anySatisfy(i -> assertThat(i.emailFilters()).isPresent());
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
