package io.pdgitops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.SyncPolicy;
import io.pdgitops.model.Target;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled example repository must validate clean and show off what the format can do. */
class ExampleRepoTest extends ConfigRepositoryContract {

    static final Path ROOT = Path.of("example-repo");
    static final String ROUND_THE_CLOCK = "Ops Tokyo/Osaka 24x7";
    static final String DAY_SHIFT = "Day shift";
    static final String NIGHT_SHIFT = "Night shift";

    @BeforeAll
    void loadExample() throws IOException {
        load(ROOT);
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
    void rotasGiveEveryEngineerExactlyTwoDaysOffAWeek() {
        // Osaka's day desk closes at weekends; the 24x7 roster staggers everyone's days off.
        assertThat(RepoFacts.schedulesWhereEveryMemberHasDaysOff(state, 2)).containsExactly("Ops Osaka Day", ROUND_THE_CLOCK);
    }

    @Test
    void roundTheClockRosterCompilesToADayAndANightLayerThatRepeatPeople() {
        Schedule rota = schedule(ROUND_THE_CLOCK);

        assertThat(state.rosterOf(rota)).hasValueSatisfying(roster -> assertThat(roster.coverage()).isPresent());
        assertThat(rota.layers()).extracting(layer -> layer.name().orElseThrow()).containsExactly(DAY_SHIFT, NIGHT_SHIFT);
        assertThat(rota.layers().get(0).users()).hasSizeGreaterThan(6).containsOnlyElementsOf(workingDays(DAY_SHIFT).keySet())
                .containsAll(workingDays(DAY_SHIFT).keySet());
        assertThat(rota.layers().get(1).users()).hasSizeGreaterThan(3).containsOnlyElementsOf(workingDays(NIGHT_SHIFT).keySet())
                .containsAll(workingDays(NIGHT_SHIFT).keySet());
    }

    @Test
    void tokyoTakesTheDaysAndOsakaTheNights() {
        Roster roster = state.rosterOf(schedule(ROUND_THE_CLOCK)).orElseThrow();

        assertThat(roster.members()).allSatisfy(member -> assertThat(member.site()).isPresent());
        assertThat(roster.members()).filteredOn(member -> member.shift().equals(Optional.of(DAY_SHIFT)))
                .hasSize(6).allSatisfy(member -> assertThat(member.site()).hasValue("Tokyo"));
        assertThat(roster.members()).filteredOn(member -> member.shift().equals(Optional.of(NIGHT_SHIFT)))
                .hasSize(3).allSatisfy(member -> assertThat(member.site()).hasValue("Osaka"));
    }

    @ParameterizedTest
    @ValueSource(strings = {DAY_SHIFT, NIGHT_SHIFT})
    void eachShiftStaggersTheDaysOffSoEveryDayIsCovered(String shift) {
        Map<String, Set<DayOfWeek>> workingDays = workingDays(shift);

        assertThat(Set.copyOf(workingDays.values())).as("distinct patterns of days off").hasSize(workingDays.size());
        assertThat(workingDays.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tokyo Business Systems", "Tokyo Critical", "Osaka Business Systems", "Backup Jobs"})
    void policiesThatNeedRoundTheClockCoverPageTheRoster(String policy) {
        List<Target> firstLevel = state.escalationPolicy(policy).orElseThrow().rules().get(0).targets();

        assertThat(firstLevel).contains(Target.schedule(ROUND_THE_CLOCK));
    }

    @ParameterizedTest
    @CsvSource({"0, Day shift", "1, Night shift"})
    void followTheSunPutsRosterEngineersOnCallOnlyOnDaysTheyWork(int layerIndex, String shift) {
        Map<String, Set<DayOfWeek>> workingDays = workingDays(shift);
        ScheduleLayer layer = schedule("Ops Follow the Sun").layers().get(layerIndex);
        List<String> byWeekday = layer.users();

        // One-day turns over seven entries starting on a Monday: entry i is always weekday i.
        assertThat(layer.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(layer.rotationTurnLength()).isEqualTo(Duration.ofDays(1));
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
        state.maintenanceWindows().forEach(window -> objectFiles.add(window.origin().file()));
        state.users().forEach(user -> objectFiles.add(user.origin().file()));
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

    /** The weekdays each member of one shift of the 24x7 roster works. */
    private Map<String, Set<DayOfWeek>> workingDays(String shift) {
        Roster roster = state.rosterOf(schedule(ROUND_THE_CLOCK)).orElseThrow();
        Map<String, Set<DayOfWeek>> all = WorkingDays.perMember(roster);
        all.keySet().retainAll(roster.members().stream()
                .filter(member -> member.shift().equals(Optional.of(shift))).map(RosterMember::user).toList());
        return all;
    }

    private Schedule schedule(String name) {
        return state.schedule(name).orElseThrow();
    }
}
