package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.SyncPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example repository must validate clean and show off what the format can do. */
class ExampleRepoTest extends ConfigRepositoryContract {

    static final Path ROOT = Path.of("example-repo");

    @BeforeAll
    void loadExample() throws IOException {
        load(ROOT);
    }

    /** Osaka closes in the evening and at weekends, so the Osaka policies' first level reaches nobody then. */
    @Override
    List<String> expectedWarnings() {
        return List.of("escalation-policies/osaka.yaml:8:5 rule-reaches-nobody",
                "escalation-policies/osaka.yaml:21:5 rule-reaches-nobody");
    }

    @Test
    void theBundledWorkflowIsThereAndNeverReadAsConfiguration() {
        assertThat(ROOT.resolve(".github/workflows/pd-gitops.yaml")).isRegularFile();
        assertThat(state.objects()).extracting(object -> object.origin().location().file())
                .isNotEmpty().noneMatch(file -> file.startsWith(".github"));
        assertThat(loaded.violations()).noneMatch(violation -> violation.location().file().startsWith(".github"));
    }

    @Test
    void declaresTheManagementAndBothSiteTeams() {
        assertThat(state.teams()).extracting(DeclaredObject::name).containsExactlyInAnyOrder("Management", "Ops Tokyo", "Ops Osaka");
    }

    @Test
    void modelsAnMspWithManyServicesAndEveryKindOfAlertSource() {
        assertThat(state.services()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(RepoFacts.integrationTypes(state)).contains(IntegrationType.NAGIOS, IntegrationType.EVENTS_API_V2, IntegrationType.EMAIL);
        assertThat(RepoFacts.integrations(state)).filteredOn(i -> i.emailFilters().isPresent()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(state.services()).filteredOn(s -> s.supportHours().isPresent()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seed.userEmails()).hasSizeBetween(14, 20);
    }

    @Test
    void dayShiftsGiveEveryEngineerExactlyTwoDaysOffAWeek() {
        // Osaka closes at weekends; Tokyo runs seven days and staggers the days off.
        assertThat(RepoFacts.schedulesWhereEveryMemberHasDaysOff(state, 2)).containsExactly("Ops Osaka Day", "Ops Tokyo Day");
    }

    @Test
    void tokyoDayShiftIsARosterCompiledToOneLayerThatRepeatsPeople() {
        Schedule tokyo = schedule("Ops Tokyo Day");

        assertThat(state.rosterOf(tokyo)).isPresent();
        assertThat(tokyo.layers()).hasSize(1);
        assertThat(tokyo.layers().get(0).users()).hasSizeGreaterThan(6).containsAll(tokyoWorkingDays().keySet());
    }

    @Test
    void tokyoStaggersTheDaysOffSoEveryDayIsCovered() {
        Map<String, Set<DayOfWeek>> workingDays = tokyoWorkingDays();

        assertThat(workingDays).hasSize(6);
        assertThat(Set.copyOf(workingDays.values())).as("distinct patterns of days off").hasSize(6);
        assertThat(workingDays.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).hasSize(7);
    }

    @Test
    void followTheSunPutsTokyoEngineersOnCallOnlyOnDaysTheyWork() {
        Map<String, Set<DayOfWeek>> workingDays = tokyoWorkingDays();
        ScheduleLayer tokyoLayer = schedule("Ops Follow the Sun").layers().get(0);
        List<String> byWeekday = tokyoLayer.users();

        // One-day turns over seven entries starting on a Monday: entry i is always weekday i.
        assertThat(tokyoLayer.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(tokyoLayer.rotationTurnLength()).isEqualTo(Duration.ofDays(1));
        assertThat(byWeekday).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(workingDays.get(byWeekday.get(i))).as("on call on " + DayOfWeek.of(i + 1)).contains(DayOfWeek.of(i + 1));
        }
    }

    @Test
    void settingsPruneWithAGuardAndDefaultToTokyoTime() {
        assertThat(state.settings().sync()).isEqualTo(new SyncPolicy(true, false, 10));
        assertThat(state.settings().defaultTimeZone()).isEqualTo(Optional.of(ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void everyFilePointsEditorsAtItsSchema() throws IOException {
        assertThat(firstLine(ROOT.resolve("pd-gitops.yaml")))
            .isEqualTo("# yaml-language-server: $schema=../schemas/settings.schema.json");
        Set<String> objectFiles = new TreeSet<>(state.objects().stream().map(o -> o.origin().file()).toList());
        assertThat(objectFiles).hasSize(state.fileCount());
        for (String file : objectFiles) {
            String upToProjectRoot = "../".repeat(Path.of(file).getNameCount());
            assertThat(firstLine(ROOT.resolve(file))).as(file)
                .isEqualTo("# yaml-language-server: $schema=" + upToProjectRoot + "schemas/pd-gitops.schema.json");
        }
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }

    private Map<String, Set<DayOfWeek>> tokyoWorkingDays() {
        return WorkingDays.perMember(state.rosterOf(schedule("Ops Tokyo Day")).orElseThrow());
    }

    private Schedule schedule(String name) {
        return state.schedule(name).orElseThrow();
    }
}
