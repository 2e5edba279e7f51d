package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.imports.nagios.Definition;
import io.pdgitops.imports.nagios.NagiosProblem;
import io.pdgitops.imports.nagios.ObjectFileParser;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.Seed;
import io.pdgitops.testing.GoldenFiles;
import io.pdgitops.write.EditorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code import nagios} on the realistic Nagios fixture, into a copy of the example repository. */
class NagiosImportCommandTest {

    static final Path NAGIOS = Path.of("src/test/resources/nagios");
    static final Path NAGIOS_CFG = NAGIOS.resolve("realistic/nagios.cfg");
    static final Path GOLDEN = NAGIOS.resolve("import");

    /** The options of each golden case besides --config and --repo. */
    static final Map<String, List<String>> CASES = Map.of(
            "hostgroup", List.of("--map-by", "hostgroup", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--exclude", "kaede-all", "--into", "services/nagios"),
            "servicegroup", List.of("--map-by", "servicegroup", "--policy", "Tokyo Business Systems", "--into",
                    "services/nagios"),
            "host", List.of("--map-by", "host", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--into", "services/nagios/hosts"),
            "var", List.of("--map-by", "var:_PD_SERVICE", "--policy", "MSP Standard 24x7", "--policy-map",
                    NAGIOS.resolve("policy-map.txt").toString(), "--email-domain", "naniwa-msp.pagerduty.com",
                    "--into", "services/nagios"));

    @TempDir
    Path temp;

    Path repo;
    String out;
    String err;

    @BeforeEach
    void copyExampleRepository() throws IOException {
        repo = temp.resolve("repo");
        copy(Path.of("example-repo"), repo);
    }

    static Stream<String> cases() {
        return GoldenFiles.caseNames(GOLDEN);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writesTheExpectedServices(String name) throws IOException {
        assertThat(run("validate", repo.toString())).as(err).isEqualTo(ExitCodes.OK);
        Matcher before = validCount(out);
        assertThat(importNagios(CASES.get(name))).as(err).isEqualTo(ExitCodes.OK);
        // The example repository grows on its own: the golden file holds only what the import added to it.
        Matcher after = validCount(out);
        String added = "example repository + " + (Integer.parseInt(after.group(1)) - Integer.parseInt(before.group(1)))
                + " objects in " + (Integer.parseInt(after.group(2)) - Integer.parseInt(before.group(2)))
                + " files: valid";
        GoldenFiles.assertMatchesExpected(GOLDEN.resolve(name),
                out.substring(0, after.start()) + added + out.substring(after.end()) + written());
    }

    /** The summary line a valid repository ends its report with, its two counts as groups 1 and 2. */
    private static Matcher validCount(String report) {
        Matcher count = Pattern.compile("(\\d+) objects in (\\d+) files: valid").matcher(report);
        assertThat(count.find()).as(report).isTrue();
        return count;
    }

    @Test
    void aSecondImportChangesNothingAndKeepsHandEdits() throws IOException {
        List<String> options = CASES.get("hostgroup");
        assertThat(importNagios(options)).isEqualTo(ExitCodes.OK);
        Path edited = repo.resolve("services/nagios/kaede-web.yaml");
        Files.writeString(edited, Files.readString(edited).replace("escalation_policy: Tokyo Critical",
                "escalation_policy: Tokyo Business Systems"));
        Path untouched = repo.resolve("services/nagios/msp-vpn.yaml");
        String before = Files.readString(untouched);

        assertThat(importNagios(options)).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("0 files written, 15 unchanged, 1 keep")
                .contains("keep      services/nagios/kaede-web.yaml");
        assertThat(Files.readString(edited)).contains("escalation_policy: Tokyo Business Systems");
        assertThat(Files.readString(untouched)).isEqualTo(before);

        List<String> forced = new ArrayList<>(options);
        forced.add("--force");
        assertThat(importNagios(forced)).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("1 files written, 1 overwrite, 15 unchanged");
        assertThat(Files.readString(edited)).contains("escalation_policy: Tokyo Critical");
    }

    @Test
    void aChangedNagiosConfigUpdatesUneditedFilesAndReportsStaleOnes() throws IOException {
        assertThat(importNagios(CASES.get("hostgroup"))).isEqualTo(ExitCodes.OK);
        List<String> withoutVpn = new ArrayList<>(CASES.get("hostgroup"));
        withoutVpn.set(withoutVpn.indexOf("MSP Standard 24x7"), "Tokyo Business Systems");
        withoutVpn.addAll(List.of("--exclude", "msp-vpn"));
        assertThat(importNagios(withoutVpn)).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("update    services/nagios/msp-mon.yaml",
                "stale     services/nagios/msp-vpn.yaml", "Tokyo Business Systems");
        assertThat(Files.readString(repo.resolve("services/nagios/msp-mon.yaml")))
                .contains("escalation_policy: Tokyo Business Systems");
        assertThat(repo.resolve("services/nagios/msp-vpn.yaml")).as("stale files are left for a person to delete")
                .exists();
    }

    @Test
    void theEditorSettingsAreKeptWhenTheyCoverTheFolderAndAHintIsGivenWhereThereAreNone() throws IOException {
        Path settings = repo.resolve(EditorSettings.VSCODE_FILE);
        String before = Files.readString(settings);
        assertThat(EditorSettings.withFolder(before, "services/nagios").merge())
                .isEqualTo(EditorSettings.Merge.COVERED);
        assertThat(importNagios(CASES.get("hostgroup"))).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(settings)).isEqualTo(before);

        Files.delete(settings);
        assertThat(importNagios(CASES.get("hostgroup"))).isEqualTo(ExitCodes.OK);
        assertThat(err).contains("no " + EditorSettings.VSCODE_FILE + " maps the JSON Schemas", "docs/editors.md");
    }

    @Test
    void dryRunWritesNothing() {
        List<String> options = new ArrayList<>(CASES.get("hostgroup"));
        options.add("--dry-run");
        assertThat(importNagios(options)).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Dry run: 16 files would be written, nothing was, 16 create");
        assertThat(repo.resolve("services/nagios")).doesNotExist();
    }

    @Test
    void aPolicyTheRepositoryDoesNotDeclareIsRefused() {
        assertThat(importNagios(List.of("--policy", "Nobody Home", "--into", "services/nagios")))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(err).contains("--policy: escalation policy `Nobody Home` is not declared in the repository"
                + " (declared: Backup Jobs, MSP Standard 24x7, Osaka Business Systems, Tokyo Business Systems,"
                + " Tokyo Critical)");
        assertThat(repo.resolve("services/nagios")).doesNotExist();
    }

    @Test
    void aFolderTheRepositoryDoesNotReadIsRefused() {
        assertThat(importNagios(List.of("--policy", "Tokyo Critical", "--into", "nagios", "--email-domain",
                "naniwa-msp.pagerduty.com"))).isEqualTo(ExitCodes.INVALID);
        assertThat(err).contains("would not read nagios/kaede-all.yaml and 16 more");
        assertThat(repo.resolve("nagios")).doesNotExist();
    }

    @Test
    void emailIntegrationsNeedTheAccountsEmailDomain() {
        assertThat(importNagios(List.of("--policy", "Tokyo Critical", "--into", "services/nagios")))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(err).contains("objects/templates.cfg:35: _PD_INTEGRATION email asks for an email"
                + " integration, whose address needs --email-domain <subdomain>.pagerduty.com");
    }

    @Test
    void aBrokenNagiosConfigIsReportedWithFileAndLineAndNothingIsWritten() {
        List<String> args = new ArrayList<>(List.of("import", "nagios", "--config",
                NAGIOS.resolve("broken/nagios.cfg").toString(), "--repo", repo.toString(), "--policy",
                "Tokyo Critical", "--into", "services/nagios"));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCodes.INVALID);
        assertThat(err).contains("services.cfg:1: define service is not terminated: `}` missing before the end of the file",
                "nagios.cfg:3: no such file:", "problems; nothing was written");
        assertThat(repo.resolve("services/nagios")).doesNotExist();
    }

    @Test
    void contactsAfterApplyCarryEachServicesLiveIntegrationKey() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real account");
        Path state = temp.resolve("sandbox.json");
        Path contacts = temp.resolve("private/pagerduty-contacts.cfg");
        assertThat(importNagios(CASES.get("hostgroup"))).isEqualTo(ExitCodes.OK);
        assertThat(run("import", "nagios", "contacts", "--repo", repo.toString(), "--output", contacts.toString(),
                "--sandbox-state", state.toString())).as("nothing applied yet").isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("Service `kaede-web` is not in PagerDuty", "no contacts written");
        assertThat(contacts).doesNotExist();

        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);
        assertThat(run("import", "nagios", "contacts", "--repo", repo.toString(), "--output", contacts.toString(),
                "--sandbox-state", state.toString())).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Wrote 16 Nagios contacts (15 with an integration key, 1 by email)");
        assertThat(ReconcileCommandsTest.INTEGRATION_KEY.matcher(out + err).find()).as("keys are never printed").isFalse();
        assertThat(Files.getPosixFilePermissions(contacts)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        List<NagiosProblem> problems = new ArrayList<>();
        Map<String, Definition> written = ObjectFileParser.parse("contacts", Files.readString(contacts), problems)
                .stream().collect(Collectors.toMap(d -> d.value(d.type() + "_name").orElseThrow(), d -> d));
        assertThat(problems).as("Nagios can read the file").isEmpty();
        Map<String, io.pdgitops.pagerduty.dto.ServiceDto> live = liveServices(state);
        for (String name : List.of("kaede-web", "msp-vpn", "sakura-pos")) {
            String key = live.get(name).integrations().stream().filter(i -> i.name().equals("Nagios")).findFirst()
                    .orElseThrow().integrationKey();
            Definition contact = written.get("pagerduty-" + name);
            assertThat(contact.value("pager")).as(name).contains(key);
            assertThat(contact.value("service_notification_commands")).contains("notify-service-by-pagerduty");
        }
        assertThat(written.get("pagerduty-naniwa-mail").value("email"))
                .contains("naniwa-mail@naniwa-msp.pagerduty.com");
        assertThat(written.get("notify-host-by-pagerduty").value("command_line").orElseThrow())
                .contains("pd-nagios -n host -k $CONTACTPAGER$");
        assertThat(written).as("a contact per imported service, the pd-nagios and mail commands, their time period")
                .hasSize(16 + 2 + 2 + 1);
        assertThat(written.get("pagerduty-naniwa-mail").value("service_notification_commands"))
                .contains("pagerduty-notify-service-by-email");
        assertThat(written.get("pagerduty-kaede-web").value("service_notification_period")).contains("pagerduty-24x7");
    }

    @Test
    void aServiceSwitchedToEmailEndsWithOnlyTheEmailIntegrationAndThePlanSaysSoFirst() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real account");
        Path state = temp.resolve("sandbox.json");
        Path nagios = temp.resolve("nagios");
        copy(NAGIOS.resolve("realistic"), nagios);
        List<String> options = new ArrayList<>(CASES.get("hostgroup"));
        assertThat(importNagios(nagios.resolve("nagios.cfg"), options)).as(err).isEqualTo(ExitCodes.OK);
        Path inventory = temp.resolve("inventory.json");
        assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), "--sandbox-state",
                state.toString(), repo.toString())).as(out).isEqualTo(ExitCodes.OK);
        assertThat(integrationsOf(liveServices(state).get("kaede-web"))).containsExactly("Nagios nagios");

        Path hosts = nagios.resolve("conf.d/customers/kaede-hosts.cfg");
        Files.writeString(hosts, Files.readString(hosts).replace("host_name           kaede-web-01",
                "host_name           kaede-web-01\n    _PD_INTEGRATION     email"));
        assertThat(importNagios(nagios.resolve("nagios.cfg"), options)).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("update    services/nagios/kaede-web.yaml");

        assertThat(run("plan", "--prune-from", inventory.toString(), "--sandbox-state", state.toString(),
                repo.toString())).as(err).isEqualTo(ExitCodes.OK);
        String plan = out;
        assertThat(plan).containsPattern("(?m)^.*create.*kaede-web.*Email.*$")
                .containsPattern("(?m)^.*delete.*kaede-web.*Nagios.*$");

        assertThat(run("apply", "--auto-approve", "--prune-from", inventory.toString(), "--save-inventory",
                inventory.toString(), "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);
        assertThat(integrationsOf(liveServices(state).get("kaede-web"))).containsExactly("Email generic_email");
        assertThat(run("plan", "--detailed-exitcode", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);
    }

    private static List<String> integrationsOf(io.pdgitops.pagerduty.dto.ServiceDto service) {
        return service.integrations().stream().map(i -> i.name() + " " + i.type().replace("_inbound_integration", ""))
                .toList();
    }

    /** The services of the sandbox that the CLI runs kept in its state file, as PagerDuty returns them. */
    private static Map<String, io.pdgitops.pagerduty.dto.ServiceDto> liveServices(Path state) {
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withSnapshot(state), Seed.EMPTY);
        return SandboxAccount.client(sandbox, 0).services().list().stream()
                .collect(Collectors.toMap(io.pdgitops.pagerduty.dto.ServiceDto::name, service -> service));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every file the import generated, each after a header line with its path. */
    String written() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file);
                if (content.startsWith("# pd-gitops import nagios")) {
                    text.append("\n==> ").append(repo.relativize(file)).append(" <==\n").append(content);
                }
            }
        }
        return text.toString();
    }

    int importNagios(List<String> options) {
        return importNagios(NAGIOS_CFG, options);
    }

    int importNagios(Path config, List<String> options) {
        List<String> args = new ArrayList<>(List.of("import", "nagios", "--config", config.toString(),
                "--repo", repo.toString()));
        args.addAll(options);
        return run(args.toArray(String[]::new));
    }

    int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(outText, true));
        cli.setErr(new PrintWriter(errText, true));
        int exit = cli.execute(args);
        out = outText.toString();
        err = errText.toString();
        return exit;
    }
}
