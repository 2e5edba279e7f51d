package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.ecosystem.EditorSchemaMapping;
import io.pdgitops.export.ExportReport;
import io.pdgitops.live.LiveRecords;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Service;
import io.pdgitops.model.User;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.testing.ApiSeededAccount;
import io.pdgitops.validate.Violation;
import io.pdgitops.write.EditorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adoption round trip: an account filled through PagerDuty's REST API (not through pd-gitops) is exported,
 * the export validates, and a plan of it against the same account changes nothing.
 */
class ExportCommandTest {

    @TempDir
    static Path temp;
    static Path state;
    static Sandbox sandbox;
    /** The whole account, exported once for the tests that only read the result. */
    static Path whole;
    static String wholeOut;
    static int wholeExit;

    String out;
    String err;

    @BeforeAll
    static void fillAccount() throws IOException {
        state = temp.resolve("sandbox.json");
        sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000), ApiSeededAccount.SEED);
        ApiSeededAccount.fill(sandbox, 7);
        // Written once at the end: a snapshot kept by the sandbox itself is rewritten on every request.
        Files.writeString(state, sandbox.exportState().toString());
        whole = temp.resolve("whole");
        ExportCommandTest first = new ExportCommandTest();
        wholeExit = first.run("export", whole.toString());
        wholeOut = first.out + first.err;
    }

    @Test
    void exportMapsTheSchemasOntoItsFoldersForEditors() throws IOException {
        assertThat(wholeExit).as(wholeOut).isEqualTo(ExitCodes.OK);

        assertThat(whole.resolve(EditorSettings.VSCODE_FILE)).isRegularFile();
        assertThat(EditorSchemaMapping.problems(whole)).isEmpty();
    }

    @Test
    void exportOfAWholeAccountValidatesAndPlansNoChange() throws IOException {
        Path repo = whole;

        assertThat(wholeExit).as(wholeOut).isEqualTo(ExitCodes.OK);
        LoadResult loaded = ConfigLoader.load(repo);
        // Warnings (rules that reach nobody at some hour) describe the account as it is; errors would be ours.
        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        DesiredState desired = loaded.state();
        assertThat(desired.teams()).hasSize(ApiSeededAccount.TEAMS);
        assertThat(desired.schedules()).hasSize(ApiSeededAccount.SCHEDULES);
        assertThat(desired.escalationPolicies()).hasSize(ApiSeededAccount.POLICIES);
        assertThat(desired.services()).hasSize(ApiSeededAccount.SERVICES);
        assertThat(desired.maintenanceWindows()).extracting(MaintenanceWindow::name)
                .containsExactlyInAnyOrder(ApiSeededAccount.FUTURE_WINDOW, ApiSeededAccount.RUNNING_WINDOW,
                        ApiSeededAccount.WEEKLY_WINDOW);
        assertThat(desired.maintenanceWindows()).filteredOn(window -> window.name().equals(ApiSeededAccount.WEEKLY_WINDOW))
                .singleElement().satisfies(window -> assertThat(window.timing()).isInstanceOf(WindowTiming.Weekly.class));
        assertThat(Files.readString(repo.resolve(ExportReport.FILE_NAME)))
                .contains("MaintenanceWindow `" + ApiSeededAccount.SHARED_WINDOW + "`", "2 open windows share this description");
        assertThat(desired.webhookSubscriptions()).extracting(WebhookSubscription::name)
                .containsExactlyInAnyOrderElementsOf(ApiSeededAccount.WEBHOOKS);

        assertThat(run("plan", "--detailed-exitcode", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("No changes");
    }

    @Test
    void exportWritesTheTagsOfTeamsAndPoliciesAndLeavesOutEmptyOnes() {
        assertThat(wholeExit).as(wholeOut).isEqualTo(ExitCodes.OK);
        DesiredState desired = ConfigLoader.load(whole).state();

        assertThat(desired.team(ApiSeededAccount.TAGGED_TEAM).orElseThrow().tags()).contains(List.of("customer-1"));
        assertThat(desired.escalationPolicy(ApiSeededAccount.TAGGED_POLICY).orElseThrow().tags())
                .hasValueSatisfying(tags -> assertThat(tags).containsExactlyInAnyOrder("customer-0", "Tier-1"));
        assertThat(desired.team("Team 0").orElseThrow().tags()).isEmpty();
    }

    @Test
    void exportWritesBusinessServicesWithTheServicesThatSupportThem() throws IOException {
        assertThat(wholeExit).as(wholeOut).isEqualTo(ExitCodes.OK);
        DesiredState desired = ConfigLoader.load(whole).state();

        assertThat(desired.businessServices()).hasSize(ApiSeededAccount.BUSINESS_SERVICES);
        assertThat(desired.businessService(ApiSeededAccount.SUPPORTED_BUSINESS).orElseThrow().supportedBy())
                .hasValueSatisfying(names -> assertThat(names).containsExactlyInAnyOrderElementsOf(ApiSeededAccount.SUPPORTING));
        assertThat(desired.businessService(ApiSeededAccount.UNSUPPORTED_BUSINESS).orElseThrow().supportedBy()).isEmpty();
        assertThat(whole.resolve("business-services/business-1.yaml")).content().startsWith(
                "# yaml-language-server: $schema=../schemas/business-service.schema.json\nkind: BusinessService\n");
    }

    @Test
    void exportWritesEventRulesTheirCatchAllAndAlertGroupingAndLeavesOutServicesWithoutRules() throws IOException {
        assertThat(wholeExit).as(wholeOut).isEqualTo(ExitCodes.OK);
        DesiredState desired = ConfigLoader.load(whole).state();

        Service ruled = desired.service(ApiSeededAccount.RULED_SERVICE).orElseThrow();
        assertThat(ruled.eventRules()).hasValueSatisfying(rules -> {
            assertThat(rules.rules()).extracting(EventRule::label).containsExactly(Optional.of("Recovery mails"), Optional.empty());
            assertThat(rules.rules().get(0).suppress()).contains(true);
            assertThat(rules.rules().get(1).suspend()).contains(Duration.ofMinutes(2));
        });
        assertThat(ruled.alertGroupingParameters()).hasValueSatisfying(grouping ->
                assertThat(grouping.timeout()).contains(Duration.ofMinutes(5)));
        assertThat(desired.service(ApiSeededAccount.CATCH_ALL_SERVICE).orElseThrow().eventRules())
                .hasValueSatisfying(rules -> assertThat(rules.catchAll().suppress()).contains(true));
        assertThat(desired.service("Service 1").orElseThrow().eventRules()).isEmpty();
        assertThat(desired.service("Service 1").orElseThrow().alertGroupingParameters()).isEmpty();
    }

    @Test
    void reportListsWhatTheFormatCannotExpressAndTheExportLeavesOut() throws IOException {
        Path repo = whole;

        String report = Files.readString(repo.resolve("export-report.txt"));
        assertThat(wholeOut).contains(report);
        assertThat(report)
                .contains("Team `" + ApiSeededAccount.UNMODELLED_TEAM + "`\n    default_role: \"none\"")
                .doesNotContain("alert_grouping_parameters")
                .doesNotContain("Service `" + ApiSeededAccount.CATCH_ALL_SERVICE + "`\n    event_rules")
                .contains("Integration `Service 0` / `" + ApiSeededAccount.FORMLESS_INTEGRATION + "`\n    (object): not "
                        + "exported: PagerDuty type `sql_monitor_inbound_integration` has no YAML form");
        assertThat(Files.readString(repo.resolve("schedules/schedule-0.yaml"))).doesNotContain(ApiSeededAccount.ENDED_LAYER);
    }

    @Test
    void writesOneFilePerObjectWithSchemaLinesAndNoIntegrationKeys() throws IOException {
        Path repo = whole;

        assertThat(repo.resolve("services/service-12.yaml")).content().startsWith(
                "# yaml-language-server: $schema=../schemas/service.schema.json\nkind: Service\nname: Service 12\n");
        assertThat(repo.resolve("escalation-policies/policy-3.yaml")).exists();
        assertThat(repo.resolve("schemas/service.schema.json")).exists();
        assertThat(repo.resolve("pd-gitops.yaml")).content().startsWith("# yaml-language-server: $schema=schemas/settings.schema.json\n");
        List<String> keys = integrationKeys();
        assertThat(keys).hasSizeGreaterThan(100);
        String everything = allText(repo) + wholeOut;
        assertThat(keys).noneMatch(everything::contains);
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForced() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(repo.resolve("notes.md"), "mine\n");

        assertThat(run("export", repo.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("not an empty directory").contains("--force");
        assertThat(repo.resolve("pd-gitops.yaml")).doesNotExist();

        assertThat(run("export", "--force", repo.toString())).as(err).isEqualTo(ExitCodes.OK);
        assertThat(repo.resolve("notes.md")).content().isEqualTo("mine\n");
        assertThat(repo.resolve("services/service-0.yaml")).exists();
    }

    @Test
    void teamFilterExportsTheTeamsObjectsAndWhatTheyReference() {
        Path repo = temp.resolve("team");

        assertThat(run("export", "--team", "Team 2", repo.toString())).as(err).isEqualTo(ExitCodes.OK);

        DesiredState desired = ConfigLoader.load(repo).state();
        assertThat(desired.escalationPolicies()).isNotEmpty().allSatisfy(policy ->
                assertThat(policy.teams()).isEqualTo(Optional.of(List.of("Team 2"))));
        assertThat(desired.services()).isNotEmpty().allSatisfy(service ->
                assertThat(desired.escalationPolicy(service.escalationPolicy())).isPresent());
        assertThat(desired.services()).hasSizeLessThan(ApiSeededAccount.SERVICES);
        assertThat(run("plan", "--detailed-exitcode", repo.toString())).as(out).isEqualTo(ExitCodes.OK);
    }

    @Test
    void kindAndNameFiltersSelectOneServiceWithItsDependencies() {
        Path repo = temp.resolve("one");

        assertThat(run("export", "--kind", "service", "--name-regex", "^Service 12$", repo.toString()))
                .as(err).isEqualTo(ExitCodes.OK);

        DesiredState desired = ConfigLoader.load(repo).state();
        assertThat(desired.services()).extracting(service -> service.name()).containsExactly("Service 12");
        assertThat(desired.escalationPolicies()).extracting(policy -> policy.name()).containsExactly("Policy 12");
        assertThat(desired.schedules()).isNotEmpty();
    }

    @Test
    void unknownKindIsAnError() {
        assertThat(run("export", "--kind", "Widget", temp.resolve("bad").toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("unknown kind `Widget`");
    }

    @Test
    void windowsExportedOnTheirOwnIntoARepositoryThatDeclaresTheirServicesValidateAndPlanNoChange() throws IOException {
        Path repo = temp.resolve("windows-later");
        ConfigRepoServer.copyTree(whole, repo);
        ConfigRepoServer.deleteRecursively(repo.resolve("maintenance-windows"));
        assertThat(ConfigLoader.load(repo).state().maintenanceWindows()).isEmpty();
        List<String> files = files(repo);

        assertThat(run("export", "--kind", "MaintenanceWindow", "--force", repo.toString())).as(out + err)
                .isEqualTo(ExitCodes.OK);

        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        assertThat(loaded.state().maintenanceWindows()).extracting(MaintenanceWindow::name)
                .containsExactlyInAnyOrder(ApiSeededAccount.FUTURE_WINDOW, ApiSeededAccount.RUNNING_WINDOW,
                        ApiSeededAccount.WEEKLY_WINDOW);
        assertThat(files(repo)).filteredOn(file -> !files.contains(file))
                .allMatch(file -> file.startsWith("maintenance-windows/")).isNotEmpty();
        assertThat(out).doesNotContain("does not declare");
        assertThat(Files.readString(repo.resolve(ExportReport.FILE_NAME)))
                .contains("MaintenanceWindow `" + ApiSeededAccount.SHARED_WINDOW + "`", "2 open windows share this description");
        assertThat(run("plan", "--detailed-exitcode", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("No changes");
    }

    @Test
    void aWindowExportedOnItsOwnIntoANewFolderNamesItsServicesWithoutWritingThem() throws IOException {
        Path repo = temp.resolve("one-window");

        assertThat(run("export", "--kind", "maintenancewindow", "--name-regex", "^" + ApiSeededAccount.FUTURE_WINDOW + "$",
                repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);

        DesiredState desired = ConfigLoader.load(repo).state();
        assertThat(desired.objects()).isEmpty();
        assertThat(desired.maintenanceWindows()).singleElement().satisfies(window -> {
            assertThat(window.name()).isEqualTo(ApiSeededAccount.FUTURE_WINDOW);
            assertThat(window.services()).containsExactlyInAnyOrder("Service 1", "Service 2");
        });
        assertThat(out).contains("name services this folder does not declare (`Service 1`, `Service 2`)");
        assertThat(err).doesNotContain("dangling-reference");
    }

    private static List<String> files(Path repo) throws IOException {
        try (Stream<Path> files = Files.walk(repo)) {
            return files.filter(Files::isRegularFile).map(file -> repo.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private List<String> integrationKeys() {
        PagerDutyClient client = SandboxAccount.client(sandbox, 0);
        LiveRecords records = new LiveStateReader(client).fetch(team -> false, false);
        return LiveStateReader.map(records, Instant.now()).state().integrations().values().stream()
                .flatMap(List::stream).map(LiveIntegration::integrationKey).flatMap(Optional::stream).toList();
    }

    private static String allText(Path repo) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
        }
        return String.join("\n", texts);
    }

    @Test
    void exportWithUsersWritesHowEachUserIsReachedAndPlansNoChange() throws IOException {
        Path repo = temp.resolve("with-users");

        assertThat(run("export", "--users", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);

        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.violations()).filteredOn(Violation::isError).extracting(Violation::format).isEmpty();
        DesiredState desired = loaded.state();
        assertThat(desired.settings().manageUsers()).isTrue();
        assertThat(desired.users()).hasSize(ApiSeededAccount.SEED.users().size() + ApiSeededAccount.USERS);
        // A user nobody has configured has only the rules PagerDuty makes with every user.
        int madeWithUser = exported(desired, ApiSeededAccount.REACHED_USERS).notificationRules().orElseThrow().size();
        for (int i = 0; i < ApiSeededAccount.REACHED_USERS; i++) {
            User user = exported(desired, i);
            assertThat(user.contactMethods().orElseThrow()).extracting(ContactMethod::type)
                    .containsExactlyInAnyOrder(ContactType.EMAIL, ContactType.PHONE);
            assertThat(user.notificationRules().orElseThrow()).hasSize(madeWithUser + 1 + i % 2)
                    .anySatisfy(rule -> assertThat(rule.via()).isEqualTo("Work phone"));
            assertThat(user.handoffNotifications().orElseThrow()).singleElement()
                    .satisfies(handoff -> assertThat(handoff.advance()).hasMinutes(30));
        }
        assertThat(exported(desired, ApiSeededAccount.FIRST_TAGGED_USER).tags())
                .hasValueSatisfying(tags -> assertThat(tags).containsExactlyInAnyOrder(ApiSeededAccount.USER_TAG, "customer-0"));
        assertThat(exported(desired, ApiSeededAccount.FIRST_TAGGED_USER - 1).tags()).as("no tags, no tags: line").isEmpty();
        assertThat(out).contains(" users");

        assertThat(run("plan", "--detailed-exitcode", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("No changes");
    }

    /** The User document of the seed's user number {@code i}. */
    private static User exported(DesiredState desired, int i) {
        return desired.users().stream().filter(declared -> declared.email().equals("user" + i + "@example.com"))
                .findFirst().orElseThrow();
    }

    private int run(String... args) {
        CliRun run = CliRun.of(state, args);
        out = run.out();
        err = run.err();
        return run.exit();
    }
}
