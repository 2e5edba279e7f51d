package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The bundled example repository must load, resolve every reference and show off what the format can do. */
class ExampleRepoTest extends ConfigRepositoryContract {

    static final Path ROOT = Path.of("example-repo");

    @BeforeAll
    void load() throws IOException {
        repo = ConfigRepository.load(ROOT);
        seed = SandboxSeed.load(ROOT.resolve("sandbox-seed.yaml"));
    }

    @Test
    void declaresTheManagementAndBothSiteTeams() {
        assertThat(repo.names("Team")).containsExactlyInAnyOrder("Management", "Ops Tokyo", "Ops Osaka");
    }

    @Test
    void modelsAnMspWithManyServicesAndEveryKindOfAlertSource() {
        assertThat(repo.ofKind("Service")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(RepoFacts.integrationTypes(repo)).contains("nagios", "events_api_v2", "email");
        assertThat(RepoFacts.integrations(repo)).filteredOn(i -> i.containsKey("email_filters")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(repo.ofKind("Service")).filteredOn(s -> s.body().containsKey("support_hours")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seed.userEmails()).hasSizeBetween(14, 20);
    }

    @Test
    void dayShiftsGiveEveryEngineerExactlyTwoDaysOffAWeek() {
        // Osaka closes at weekends; Tokyo runs seven days and staggers the days off.
        assertThat(RepoFacts.schedulesWhereEveryMemberHasDaysOff(repo, 2)).containsExactly("Ops Osaka Day", "Ops Tokyo Day");
    }

    @Test
    void tokyoStaggersTheDaysOffSoEveryDayIsCovered() {
        Map<String, Set<DayOfWeek>> workingDays = WorkingDays.perMember(schedule("Ops Tokyo Day"));

        assertThat(workingDays).hasSize(6);
        assertThat(Set.copyOf(workingDays.values())).as("distinct patterns of days off").hasSize(6);
        assertThat(workingDays.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).hasSize(7);
    }

    @Test
    void followTheSunPutsTokyoEngineersOnCallOnlyOnDaysTheyWork() {
        Map<String, Set<DayOfWeek>> workingDays = WorkingDays.perMember(schedule("Ops Tokyo Day"));
        Map<String, Object> tokyoLayer = schedule("Ops Follow the Sun").list("layers").get(0);
        List<?> byWeekday = (List<?>) tokyoLayer.get("users");

        // One-day turns over seven entries starting on a Monday: entry i is always weekday i.
        assertThat(OffsetDateTime.parse((String) tokyoLayer.get("start")).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(tokyoLayer.get("rotation_turn_length")).isEqualTo("1d");
        assertThat(byWeekday).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(workingDays.get((String) byWeekday.get(i))).as("on call on " + DayOfWeek.of(i + 1)).contains(DayOfWeek.of(i + 1));
        }
    }

    @Test
    void settingsPruneWithAGuardAndDefaultToTokyoTime() throws IOException {
        Map<?, ?> settings = (Map<?, ?>) new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(ROOT.resolve("pd-gitops.yaml"), StandardCharsets.UTF_8));

        assertThat(settings.get("sync")).isEqualTo(Map.of("prune", true, "self_heal", false, "max_deletions", 10));
        assertThat(settings.get("defaults")).isEqualTo(Map.of("time_zone", "Asia/Tokyo"));
    }

    @Test
    void everyFilePointsEditorsAtItsSchema() throws IOException {
        assertThat(firstLine(ROOT.resolve("pd-gitops.yaml")))
            .isEqualTo("# yaml-language-server: $schema=../schemas/settings.schema.json");
        for (Path file : ConfigRepository.objectFiles(ROOT)) {
            String upToProjectRoot = "../".repeat(ROOT.relativize(file).getNameCount());
            assertThat(firstLine(file)).as(file.toString())
                .isEqualTo("# yaml-language-server: $schema=" + upToProjectRoot + "schemas/pd-gitops.schema.json");
        }
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }

    private ConfigDocument schedule(String name) {
        return repo.ofKind("Schedule").stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
