package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import io.pdgitops.model.DstHandOffs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.RotationChanges;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.Target;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/validate/valid-example/repo");

    @TempDir
    Path repo;

    @Test
    void theExampleLoadsIntoTheModelInPlanOrder() {
        LoadResult result = ConfigLoader.load(EXAMPLE);

        assertThat(result.violations()).isEmpty();
        DesiredState state = result.state();
        assertThat(state.fileCount()).isEqualTo(2);
        assertThat(result.documentCount()).isEqualTo(5);
        assertThat(state.objects()).extracting(o -> o.kind()).containsExactly(
                ObjectKind.TEAM, ObjectKind.TEAM, ObjectKind.SCHEDULE, ObjectKind.ESCALATION_POLICY, ObjectKind.SERVICE);

        Service service = state.service("Payments API").orElseThrow();
        assertThat(service.escalationPolicy()).isEqualTo("Payments Primary");
        assertThat(service.autoResolveTimeout()).contains(Timeout.after(Duration.ofHours(4)));
        assertThat(service.acknowledgementTimeout()).contains(Timeout.after(Duration.ofMinutes(30)));
        assertThat(service.status()).isEmpty();
        assertThat(service.incidentUrgencyRule()).contains(new UrgencyRule("use_support_hours", Optional.empty(),
                Optional.of(UrgencyRule.constant("high")), Optional.of(UrgencyRule.constant("low"))));
        var hours = service.supportHours().orElseThrow();
        assertThat(hours.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(hours.daysOfWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(hours.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(service.integrations().orElseThrow()).extracting(i -> i.type())
                .containsExactly(IntegrationType.NAGIOS, IntegrationType.EVENTS_API_V2, IntegrationType.EMAIL);
        assertThat(service.integrations().orElseThrow().get(2).integrationEmail()).contains("pay-legacy@acme.pagerduty.com");

        EscalationPolicy policy = state.escalationPolicy("Payments Primary").orElseThrow();
        assertThat(policy.numLoops()).contains(2);
        assertThat(policy.teams()).contains(List.of("Ops Tokyo"));
        assertThat(policy.rules().get(0).escalationDelay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.rules().get(0).targets())
                .containsExactly(Target.schedule("Ops Tokyo Day"), Target.user("lead@example.com"));

        ScheduleLayer layer = state.schedule("Ops Tokyo Day").orElseThrow().layers().get(0);
        assertThat(layer.start()).isEqualTo(OffsetDateTime.parse("2026-01-05T09:00:00+09:00"));
        assertThat(layer.rotationVirtualStart()).isEqualTo(layer.start());
        assertThat(layer.end()).isEmpty();
        assertThat(layer.rotationTurnLength()).isEqualTo(Duration.ofDays(1));
        assertThat(layer.restrictions()).containsExactly(new LayerRestriction(LayerRestriction.Type.WEEKLY,
                Optional.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), Duration.ofHours(9)));

        var osaka = state.team("Ops Osaka").orElseThrow();
        assertThat(osaka.parent()).contains("Ops Tokyo");
        assertThat(osaka.members().orElseThrow()).extracting(m -> m.user() + "=" + m.role().orElse("not managed"))
                .containsExactly("taro@example.com=manager", "hanako@example.com=not managed");
        assertThat(state.team("Ops Tokyo").orElseThrow().members()).isEmpty();
    }

    @Test
    void objectsKnowWhereEachOfTheirFieldsIs() {
        Service service = ConfigLoader.load(EXAMPLE).state().service("Payments API").orElseThrow();

        assertThat(service.origin().location()).isEqualTo(new SourceLocation("payments.yaml", 1, 1));
        // `acknowledgement_timeout: 30m`: the value's column, and the key's for errors about the key
        assertThat(service.origin().locationOf(FieldPath.of("acknowledgement_timeout")))
                .isEqualTo(new SourceLocation("payments.yaml", 7, "acknowledgement_timeout: ".length() + 1));
        assertThat(service.origin().keyLocationOf(FieldPath.of("acknowledgement_timeout")))
                .isEqualTo(new SourceLocation("payments.yaml", 7, 1));
        var mail = service.integrations().orElseThrow().get(2);
        assertThat(service.origin().keyLocationOf(mail.path() + "/integration_email"))
                .isEqualTo(new SourceLocation("payments.yaml", 13, 38));
        assertThat(service.origin().locationOf(mail.path() + "/integration_email"))
                .isEqualTo(new SourceLocation("payments.yaml", 13, 38 + "integration_email: ".length()));
    }

    @Test
    void aTimeoutDeclaredNullIsDisabledAndAnAbsentOneIsNotManaged() throws IOException {
        write("s.yaml", """
                kind: Service
                name: S
                escalation_policy: P
                auto_resolve_timeout: null
                acknowledgement_timeout: 0
                ---
                kind: Service
                name: T
                escalation_policy: P
                auto_resolve_timeout: 600
                ---
                kind: EscalationPolicy
                name: P
                rules: [{escalation_delay: 1h30m, targets: [{user: a@example.com}]}]
                """);

        DesiredState state = valid(ConfigLoader.load(repo));

        Service s = state.service("S").orElseThrow();
        assertThat(s.autoResolveTimeout()).contains(Timeout.disabled());
        assertThat(s.acknowledgementTimeout()).contains(Timeout.disabled());
        Service t = state.service("T").orElseThrow();
        assertThat(t.autoResolveTimeout()).contains(Timeout.after(Duration.ofMinutes(10)));
        assertThat(t.acknowledgementTimeout()).isEmpty();
        assertThat(state.escalationPolicy("P").orElseThrow().rules().get(0).escalationDelay()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void settingsFillDefaultsAndTheDefaultTimeZone() throws IOException {
        write("pd-gitops.yaml", """
                exclude: ["drafts/**"]
                sync: {prune: true}
                defaults: {time_zone: Asia/Tokyo}
                ignore_differences: [{kind: Service, name: API, fields: [description]}]
                """);
        write("s/day.yaml", """
                kind: Schedule
                name: Day
                layers:
                  - start: 2026-01-05T09:00:00+09:00
                    rotation_virtual_start: 2026-01-01T09:00:00+09:00
                    rotation_turn_length: 1d
                    users: [a@example.com, b@example.com, a@example.com]
                    restrictions: [{type: daily_restriction, start_time_of_day: "09:00:30", duration: 9h}]
                """);
        write("drafts/wip.yaml", "kind: Nonsense\n");

        DesiredState state = valid(ConfigLoader.load(repo));

        assertThat(state.settings().sync().prune()).isTrue();
        assertThat(state.settings().sync().selfHeal()).isFalse();
        assertThat(state.settings().sync().maxDeletions()).isEqualTo(10);
        assertThat(state.settings().ignoreDifferences().get(0).appliesTo(ObjectKind.SERVICE, "API")).isTrue();
        assertThat(state.settings().ignoreDifferences().get(0).appliesTo(ObjectKind.SERVICE, "Other")).isFalse();
        Schedule day = state.schedule("Day").orElseThrow();
        assertThat(day.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        ScheduleLayer layer = day.layers().get(0);
        assertThat(layer.users()).containsExactly("a@example.com", "b@example.com", "a@example.com");
        assertThat(layer.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-01-01T09:00:00+09:00"));
        assertThat(layer.restrictions().get(0).type()).isEqualTo(LayerRestriction.Type.DAILY);
        assertThat(layer.restrictions().get(0).startTimeOfDay()).isEqualTo(LocalTime.of(9, 0, 30));
    }

    @Test
    void rotationChangesComeFromTheLayerElseTheScheduleElseTheRepositoryDefault() throws IOException {
        write("pd-gitops.yaml", "defaults: {rotation_changes: immediate}\n");
        write("day.yaml", """
                kind: Schedule
                name: Day
                time_zone: UTC
                rotation_changes: keep_position
                layers:
                  - {start: 2026-01-05T09:00:00Z, rotation_turn_length: 1d, users: [a@example.com], rotation_changes: immediate}
                  - {start: 2026-01-05T09:00:00Z, rotation_turn_length: 1d, users: [a@example.com]}
                ---
                kind: Schedule
                name: Night
                time_zone: UTC
                layers:
                  - {start: 2026-01-05T21:00:00Z, rotation_turn_length: 1d, users: [a@example.com]}
                """);

        DesiredState state = valid(ConfigLoader.load(repo));

        assertThat(state.settings().rotationChanges()).isEqualTo(RotationChanges.IMMEDIATE);
        assertThat(state.schedule("Day").orElseThrow().layers()).extracting(ScheduleLayer::rotationChanges)
                .containsExactly(Optional.of(RotationChanges.IMMEDIATE), Optional.of(RotationChanges.KEEP_POSITION));
        assertThat(state.schedule("Night").orElseThrow().layers().get(0).rotationChanges()).isEmpty();
        assertThat(RepoSettings.defaults().rotationChanges()).isEqualTo(RotationChanges.KEEP_POSITION);
    }

    @Test
    void emailIntegrationsCarryPagerDutyShapedParsersAsPlainImmutableValues() throws IOException {
        write("mail.yaml", """
                kind: Service
                name: Mail
                escalation_policy: P
                integrations:
                  - name: Legacy
                    type: email
                    integration_email: legacy@acme.pagerduty.com
                    email_incident_creation: use_rules
                    email_filter_mode: or-rules-email
                    email_filters: [{subject_mode: match, subject_regex: "^ALERT", body_mode: always, body_regex: null}]
                    email_parsers:
                      - action: trigger
                        match_predicate: {type: any, children: [{type: contains, matcher: DOWN, part: subject}]}
                        value_extractors: [{type: regex, part: subject, value_name: incident_key, regex: "host=(\\\\S+)"}]
                    email_parsing_fallback: discard
                  - {name: Datadog, type: vendor, vendor: Datadog}
                ---
                kind: EscalationPolicy
                name: P
                rules: [{escalation_delay: 5m, targets: [{user: a@example.com}]}]
                """);

        Service mail = valid(ConfigLoader.load(repo)).service("Mail").orElseThrow();

        var legacy = mail.integrations().orElseThrow().get(0);
        assertThat(legacy.emailFilters().orElseThrow().get(0)).containsEntry("subject_regex", "^ALERT").containsEntry("body_regex", null);
        @SuppressWarnings("unchecked")
        var predicate = (Map<String, Object>) legacy.emailParsers().orElseThrow().get(0).get("match_predicate");
        assertThat(predicate).containsEntry("type", "any");
        assertThat(legacy.emailParsingFallback()).contains("discard");
        assertThatThrownBy(() -> predicate.put("type", "all")).isInstanceOf(UnsupportedOperationException.class);
        var vendor = mail.integrations().orElseThrow().get(1);
        assertThat(vendor.vendor()).contains("Datadog");
        assertThat(vendor.type().pagerDutyType()).isEmpty();
    }

    @Test
    void theSandboxSeedAtTheRootIsNotConfigurationButTheSameNameDeeperIs() throws IOException {
        write("sandbox-seed.yaml", "users: [{name: Taro, email: taro@example.com}]\n");
        write("teams/sandbox-seed.yaml", "kind: Team\nname: Ops\n");

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).isEmpty();
        assertThat(result.state().teams()).extracting(team -> team.name()).containsExactly("Ops");
        assertThat(result.state().fileCount()).isEqualTo(1);
    }

    @Test
    void aMissingDirectoryIsAnArgumentErrorNotAViolation() {
        assertThatThrownBy(() -> ConfigLoader.load(repo.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void fiveThousandObjectsLoadAndValidateWithOneLoaderReusedAcrossReads() throws IOException {
        SyntheticRepo.write(repo, 1250); // 4 objects per group: team, schedule, policy, service
        ConfigLoader loader = new ConfigLoader(LoadLimits.defaults());

        LoadResult first = loader.read(repo);
        LoadResult second = loader.read(repo);

        assertThat(first.violations()).isEmpty();
        assertThat(first.state().objectCount()).isEqualTo(5000);
        assertThat(second.state().objects()).hasSize(5000);
        assertThat(second.state().services()).extracting(Service::name).isEqualTo(first.state().services().stream().map(Service::name).toList());
    }

    private DesiredState valid(LoadResult result) {
        assertThat(result.violations()).isEmpty();
        return result.state();
    }

    @Test
    void theDaylightSavingHandOffRuleIsOneSettingAndRostersKeepTheirDaysUnderBoth() throws IOException {
        String tokyo = """
                kind: Roster
                name: Round the clock
                time_zone: Asia/Tokyo
                start: "2026-10-05"
                shifts: [{name: Whole day, start: "09:00", end: "09:00"}]
                members: [{user: a@example.com}, {user: b@example.com}]
                """;
        write("roster.yaml", tokyo);
        assertThat(valid(ConfigLoader.load(repo)).settings().dstHandOffs()).isEqualTo(DstHandOffs.LOCAL_TIME);
        write("pd-gitops.yaml", "schedules: {dst_hand_offs: elapsed_time}\n");
        assertThat(valid(ConfigLoader.load(repo)).settings().dstHandOffs()).isEqualTo(DstHandOffs.ELAPSED_TIME);

        // The same 24-hour shift where clocks change is refused at its line whichever rule is set.
        String newYork = tokyo.replace("Asia/Tokyo", "America/New_York");
        write("roster.yaml", newYork);
        for (DstHandOffs rule : DstHandOffs.values()) {
            write("pd-gitops.yaml", "schedules: {dst_hand_offs: " + rule.yamlName() + "}\n");
            assertThat(ConfigLoader.load(repo).violations()).as(rule.yamlName()).singleElement().satisfies(violation -> {
                assertThat(violation.code()).isEqualTo(ViolationCode.ROSTER_SHIFT_ACROSS_DST);
                assertThat(violation.location().file()).isEqualTo("roster.yaml");
                assertThat(violation.location().line()).isEqualTo(lineOf(newYork, "Whole day"));
            });
        }

        write("pd-gitops.yaml", "schedules: {dst_hand_offs: sometimes}\n");
        assertThat(ConfigLoader.load(repo).violations()).anySatisfy(violation -> {
            assertThat(violation.location().file()).isEqualTo("pd-gitops.yaml");
            assertThat(violation.message()).contains("dst_hand_offs");
        });
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the text");
    }

    private void write(String file, String text) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
