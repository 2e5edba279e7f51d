package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.model.SupportHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written shop of {@code src/test/resources/nagios/people}: who is notified of what, and when. */
class EscalationImportTest {

    static final Path OBJECTS = Path.of("src/test/resources/nagios/people/objects.cfg");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static NagiosInventory inventory() throws IOException, NagiosConfigException {
        return NagiosConfig.parse(List.of(new NagiosSource("objects.cfg", Files.readString(OBJECTS))),
                new ArrayList<>());
    }

    private static PeopleImport derive(String fallback, PolicyRules naming) throws Exception {
        NagiosInventory inventory = inventory();
        ImportMapping mapping = NagiosServiceMapper.map(inventory, MapBy.parse("hostgroup"),
                PolicyRules.defaultOnly(fallback), new IntegrationChoice(IntegrationChoice.DEFAULT_VARIABLE,
                        Optional.empty()), List.of());
        return EscalationImport.derive(inventory, mapping, naming, Optional.of(TOKYO));
    }

    private static Map<String, ImportedService> byName(PeopleImport people) {
        return people.services().stream().collect(Collectors.toMap(ImportedService::name, Function.identity()));
    }

    @Test
    void eachServicePagesThePolicyOfItsContactGroupWithEveryEmailedContactOfIt() throws Exception {
        NagiosInventory inventory = inventory();
        PeopleImport people = derive("Ops", PolicyRules.defaultOnly(""));

        NagiosContactGroup web = inventory.people().contactGroups().get("web-admins");
        List<String> webEmails = web.members().stream().map(inventory.people().contacts()::get)
                .flatMap(contact -> contact.email().stream()).sorted().toList();
        assertThat(webEmails).as("a member by its own contactgroups counts, the one without email does not")
                .hasSize(web.members().size() - 1);
        assertThat(people.policies()).extracting(ImportedPolicy::name, ImportedPolicy::group, ImportedPolicy::users)
                .contains(org.assertj.core.groups.Tuple.tuple(web.alias().orElseThrow(), "web-admins", webEmails));
        Map<String, ImportedService> services = byName(people);
        assertThat(services.get("web").escalationPolicy()).isEqualTo(web.alias().orElseThrow());
        assertThat(services.get("db").escalationPolicy()).isEqualTo(inventory.people().contactGroups()
                .get("db-admins").alias().orElseThrow());
        assertThat(services.get("batch").escalationPolicy()).as("contacts only: --policy serves it")
                .isEqualTo("Ops");
        assertThat(people.users()).as("nested groups page the inner group's people too")
                .containsAll(people.policies().stream().flatMap(policy -> policy.users().stream()).toList())
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void businessHoursBecomeSupportHoursAndEverythingElseIsReportedAtItsLine() throws Exception {
        PeopleImport people = derive("Ops", PolicyRules.defaultOnly(""));
        Map<String, ImportedService> services = byName(people);

        assertThat(services.get("web").supportHours()).contains(new SupportHours(TOKYO, List.of(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0)));
        assertThat(services.get("db").supportHours()).isEmpty();
        assertThat(services.get("batch").supportHours()).isEmpty();

        List<String> lines = Files.readAllLines(OBJECTS);
        assertThat(people.notExpressed()).allSatisfy(note -> assertThat(note.location().file())
                .isEqualTo("objects.cfg"));
        assertThat(note(people, "excludes `jp-holidays`")).as("at the exclude line")
                .satisfies(at -> assertThat(lines.get(at - 1)).contains("exclude"));
        assertThat(note(people, "several ranges on monday"))
                .satisfies(at -> assertThat(lines.get(at - 1)).contains("monday", "00:00-09:00,18:00-24:00"));
        assertThat(note(people, "contact `misaki`: service_notification_period `workhours`"))
                .satisfies(at -> assertThat(lines.get(at - 1)).contains("service_notification_period", "workhours"));
        assertThat(note(people, "contact `night-pager` has no email; left out of escalation policy `Web shop admins`"))
                .satisfies(at -> assertThat(lines.get(at - 1)).contains("define contact"));
        assertThat(note(people, "notify contacts directly (kenta)"))
                .satisfies(at -> assertThat(lines.get(at)).contains("shop-host"));
        assertThat(people.notExpressed()).as("24x7 is trivially fine")
                .noneMatch(note -> note.message().contains("`24x7`"));
    }

    @Test
    void theNamingMapNamesPoliciesAndAServiceNoGroupServesNeedsPolicy() throws Exception {
        List<NagiosProblem> problems = new ArrayList<>();
        PolicyRules naming = PolicyRules.parse("", "people.map", "*-admins = Shop on call\n", problems);

        PeopleImport people = derive("Ops", naming);

        assertThat(problems).isEmpty();
        assertThat(people.policies()).extracting(ImportedPolicy::name).containsExactly("Shop on call");
        assertThat(people.policies().get(0).group()).contains("web-admins", "db-admins");
        assertThatThrownBy(() -> derive("", naming)).isInstanceOf(NagiosConfigException.class)
                .hasMessageContaining("service `batch`").hasMessageContaining("give --policy");
    }

    /** The line of the one note containing the text. */
    private static int note(PeopleImport people, String text) {
        List<NagiosProblem> found = people.notExpressed().stream().filter(note -> note.message().contains(text))
                .toList();
        assertThat(found).as(text + " in " + people.notExpressed()).hasSize(1);
        return found.get(0).location().line();
    }
}
