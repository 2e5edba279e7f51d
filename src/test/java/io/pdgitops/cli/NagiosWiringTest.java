package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.imports.nagios.Definition;
import io.pdgitops.imports.nagios.NagiosProblem;
import io.pdgitops.imports.nagios.ObjectFileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated wiring, checked by the real Nagios: Debian's sample configuration (as its nagios4 packages install
 * it) plus an old host that alerts by email is imported, applied to the sandbox, and wired; {@code nagios4 -v} must
 * then accept the configuration with the wiring included, with no error and no warning.
 */
class NagiosWiringTest extends CommandLineTestBase {

    static final Path NAGIOS_BINARY = Path.of("/usr/sbin/nagios4");
    static final Path SAMPLE = Path.of("/etc/nagios4");

    /** An old mail relay beside Debian's localhost; the templates and command are the sample's own. */
    static final String LEGACY_HOST = """
            define host {
                use                 linux-server
                host_name           legacy-mail
                alias               Old mail relay
                address             127.0.0.2
                _PD_INTEGRATION     email
            }

            define service {
                use                 local-service
                host_name           legacy-mail
                service_description PING
                check_command       check_ping!100.0,20%!500.0,60%
            }
            """;

    /** What PagerDuty's Nagios integration guide has users install as pagerduty.cfg (commands and a contact). */
    static final String PAGERDUTY_CFG = """
            define contact {
                contact_name                  pagerduty
                alias                         PagerDuty Pseudo-Contact
                service_notification_period   24x7
                host_notification_period      24x7
                service_notification_options  w,u,c,r
                host_notification_options     d,r
                service_notification_commands notify-service-by-pagerduty
                host_notification_commands    notify-host-by-pagerduty
                pager                         0123456789abcdef0123456789abcdef
            }

            define command {
                command_name  notify-service-by-pagerduty
                command_line  /usr/share/pdagent-integrations/bin/pd-nagios -n service -k $CONTACTPAGER$ -t "$NOTIFICATIONTYPE$" -f SERVICEDESC="$SERVICEDESC$"
            }

            define command {
                command_name  notify-host-by-pagerduty
                command_line  /usr/share/pdagent-integrations/bin/pd-nagios -n host -k $CONTACTPAGER$ -t "$NOTIFICATIONTYPE$" -f HOSTNAME="$HOSTNAME$"
            }
            """;

    /** The people the realistic fixture's templates notify. */
    static final String PEOPLE = """
            define contact {
                contact_name                    tanaka
                alias                           Tanaka
                email                           tanaka@example.com
                service_notification_period     24x7
                host_notification_period        24x7
                service_notification_options    w,u,c,r
                host_notification_options       d,r
                service_notification_commands   notify-tanaka
                host_notification_commands      notify-tanaka
            }
            define contactgroup {
                contactgroup_name   ops-tokyo
                alias               Tokyo operations
                members             tanaka
            }
            define contactgroup {
                contactgroup_name   kaede-escalation
                alias               Kaede Bank escalation
                members             tanaka
            }
            define command {
                command_name    notify-tanaka
                command_line    /usr/bin/printf "%b" "$SERVICEOUTPUT$" | /usr/bin/mail -s "$NOTIFICATIONTYPE$" $CONTACTEMAIL$
            }
            """;

    @TempDir
    Path temp;

    Path nagios;
    Path repo;
    Path state;

    @BeforeEach
    void copySampleAndExample() throws IOException {
        assumeTrue(Files.isExecutable(NAGIOS_BINARY) && Files.isDirectory(SAMPLE), "nagios4 is not installed: "
                + "install the Debian package nagios4-core (`.ci/run` does) to check the wiring with nagios4 -v");
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real account");
        nagios = temp.resolve("nagios");
        NagiosImportCommandTest.copy(SAMPLE, nagios);
        // The sample names its own folder absolutely; the copy must read itself.
        Files.writeString(nagios.resolve("nagios.cfg"), Files.readString(nagios.resolve("nagios.cfg"))
                .replace(SAMPLE.toString(), nagios.toString()));
        runnable(nagios.resolve("nagios.cfg"));
        Files.writeString(nagios.resolve("conf.d/legacy-mail.cfg"), LEGACY_HOST);
        repo = temp.resolve("repo");
        NagiosImportCommandTest.copy(Path.of("example-repo"), repo);
        state = temp.resolve("sandbox.json");
    }

    @Test
    void nagiosAcceptsTheGeneratedWiringWithNoErrorAndNoWarning() throws Exception {
        Path wiring = importApplyAndWire();

        String verdict = verify();
        assertThat(verdict).contains("Total Warnings: 0", "Total Errors:   0");

        List<Definition> written = parse(wiring);
        List<String> localhostChecks = Files.readString(nagios.resolve("objects/localhost.cfg")).lines()
                .filter(line -> line.strip().startsWith("service_description"))
                .map(line -> line.strip().substring("service_description".length()).strip()).toList();
        List<Definition> escalations = written.stream().filter(d -> d.type().equals("serviceescalation")
                && d.value("host_name").orElseThrow().equals("localhost")).toList();
        assertThat(escalations).extracting(d -> d.value("service_description").orElseThrow())
                .containsExactlyInAnyOrderElementsOf(localhostChecks);
        assertThat(escalations).allSatisfy(escalation -> {
            assertThat(escalation.value("contacts")).contains("pagerduty-localhost");
            assertThat(escalation.value("contact_groups")).as("whoever was notified still is").contains("admins");
        });
        Definition mail = written.stream().filter(d -> d.type().equals("contact")
                && d.value("contact_name").orElseThrow().equals("pagerduty-legacy-mail")).findFirst().orElseThrow();
        assertThat(mail.value("email")).contains("legacy-mail@acme-msp.pagerduty.com");
        assertThat(mail.value("service_notification_commands")).as("the sample's own mail command")
                .contains("notify-service-by-email");
        assertThat(Files.readString(wiring)).as("the sample's 24x7 and mail commands are reused, not redefined")
                .doesNotContain("command_name                     notify-service-by-email");

        String first = Files.readString(wiring);
        assertThat(wire()).as(err).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(wiring)).as("wiring again, with its own file included, changes nothing")
                .isEqualTo(first);
        assertThat(verify()).contains("Total Warnings: 0", "Total Errors:   0");
    }

    /**
     * Makes a copy of a configuration checkable here: Nagios' working files go to a scratch folder, and Nagios keeps
     * our user (it switches to its own before reading object files, and the copy is readable by us only).
     */
    private void runnable(Path mainConfig) throws IOException {
        Path var = Files.createDirectories(mainConfig.getParent().resolve("var"));
        Files.createDirectories(var.resolve("check_result_path"));
        Files.createDirectories(var.resolve("log_archive_path"));
        Files.writeString(var.resolve("resource_file"), "$USER1$=/usr/lib/nagios/plugins\n");
        PosixFileAttributes owner = Files.readAttributes(temp, PosixFileAttributes.class);
        StringBuilder main = new StringBuilder();
        for (String line : Files.readString(mainConfig).lines().toList()) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : "";
            if (key.matches("log_file|lock_file|temp_file|status_file|object_cache_file|precached_object_file"
                    + "|state_retention_file|command_file|debug_file|log_archive_path|check_result_path"
                    + "|resource_file")) {
                line = key + "=" + var.resolve(key);
            } else if (key.equals("nagios_user") || key.equals("nagios_group")) {
                continue;
            }
            main.append(line).append('\n');
        }
        main.append("nagios_user=").append(owner.owner().getName()).append('\n')
                .append("nagios_group=").append(owner.group().getName()).append('\n');
        Files.writeString(mainConfig, main.toString());
    }

    @Test
    void twoServersImportIntoOneRepositoryAndEachAcceptsItsWiring() throws Exception {
        Path tokyo = temp.resolve("tokyo");
        NagiosImportCommandTest.copy(NagiosImportCommandTest.NAGIOS.resolve("realistic"), tokyo);
        // The fixture's notification settings name people that a whole server defines elsewhere.
        Files.writeString(tokyo.resolve("conf.d/people.cfg"), PEOPLE);
        runnable(tokyo.resolve("nagios.cfg"));
        List<String> before = warnings(verify(tokyo.resolve("nagios.cfg")));

        assertThat(run("import", "nagios", "--config", tokyo.resolve("nagios.cfg").toString(), "--repo",
                repo.toString(), "--source", "tokyo", "--email-domain", "acme-msp.pagerduty.com", "--exclude",
                "kaede-all", "--policy", firstPolicy(repo), "--into", "services/nagios")).as(err).isEqualTo(ExitCodes.OK);
        long routedChecks = count(out, "Nagios: \\d+ hosts, (\\d+) service checks")
                - count(out, "Not mapped: (\\d+) service checks");
        assertThat(run("import", "nagios", "--config", nagios.resolve("nagios.cfg").toString(), "--repo",
                repo.toString(), "--source", "debian", "--map-by", "host", "--email-domain",
                "acme-msp.pagerduty.com", "--policy", firstPolicy(repo), "--into", "services/nagios"))
                .as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).as("the other server's files are not this one's to call stale").doesNotContain("stale");
        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);
        assertThat(run("plan", "--detailed-exitcode", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);

        Path wiring = tokyo.resolve("conf.d/pagerduty-wiring.cfg");
        assertThat(run("import", "nagios", "contacts", "--config", tokyo.resolve("nagios.cfg").toString(),
                "--email-domain", "acme-msp.pagerduty.com", "--exclude", "kaede-all", "--repo", repo.toString(),
                "--output", wiring.toString(), "--sandbox-state", state.toString())).as(err).isEqualTo(ExitCodes.OK);
        String verdict = verify(tokyo.resolve("nagios.cfg"));
        assertThat(verdict).contains("Total Errors:   0");
        assertThat(warnings(verdict)).as("the wiring adds no warning").containsExactlyElementsOf(before);
        long checks = parse(wiring).stream().filter(d -> d.type().equals("serviceescalation")).count();
        assertThat(checks).as("every check the import routed is assigned").isEqualTo(routedChecks);
        assertThat(count(verdict, "Checked (\\d+) service escalations")).as("Nagios read them all").isEqualTo(checks);
    }

    @Test
    void pagerDutysOwnCommandsAreReusedRatherThanDefinedTwice() throws Exception {
        Files.writeString(nagios.resolve("conf.d/pagerduty.cfg"), PAGERDUTY_CFG);

        Path wiring = importApplyAndWire();

        assertThat(Files.readString(wiring)).doesNotContain("command_name                     notify-service-by-pagerduty")
                .contains("# notify-service-by-pagerduty: the configuration's own definition is used");
        assertThat(verify()).contains("Total Warnings: 0", "Total Errors:   0");
    }

    @Test
    void theFileCanBeMadeReadableByTheNagiosGroupAndNeverByOthers() throws Exception {
        importApplyAndWire();
        Path wiring = temp.resolve("group-readable.cfg");
        String group = Files.readAttributes(temp, PosixFileAttributes.class).group().getName();

        assertThat(run("import", "nagios", "contacts", "--repo", repo.toString(), "--output", wiring.toString(),
                "--group", group, "--mode", "0640", "--sandbox-state", state.toString())).as(err)
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.getPosixFilePermissions(wiring)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("import", "nagios", "contacts", "--repo", repo.toString(), "--output", wiring.toString(),
                "--mode", "0644", "--sandbox-state", state.toString())).isNotEqualTo(ExitCodes.OK);
        assertThat(err).contains("never readable by others");
    }

    private Path importApplyAndWire() throws IOException {
        assertThat(run("import", "nagios", "--config", nagios.resolve("nagios.cfg").toString(), "--repo",
                repo.toString(), "--map-by", "host", "--email-domain", "acme-msp.pagerduty.com", "--policy",
                firstPolicy(repo), "--into", "services/nagios")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out).isEqualTo(ExitCodes.OK);
        assertThat(wire()).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Assigned them to");
        return nagios.resolve("conf.d/pagerduty-wiring.cfg");
    }

    private int wire() {
        return run("import", "nagios", "contacts", "--config", nagios.resolve("nagios.cfg").toString(),
                "--map-by", "host", "--email-domain", "acme-msp.pagerduty.com", "--repo", repo.toString(),
                "--output", nagios.resolve("conf.d/pagerduty-wiring.cfg").toString(), "--sandbox-state",
                state.toString());
    }

    /** The first escalation policy the example repository declares: any will do. */
    static String firstPolicy(Path repo) throws IOException {
        try (var files = Files.walk(repo.resolve("escalation-policies"))) {
            Path file = files.filter(path -> path.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
            return Files.readString(file).lines().filter(line -> line.startsWith("name:")).findFirst().orElseThrow()
                    .substring("name:".length()).strip().replaceAll("^\"|\"$", "");
        }
    }

    /** The number the pattern's group finds in the text, 0 when it is not there. */
    private static long count(String text, String pattern) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private static List<String> warnings(String verdict) {
        return verdict.lines().filter(line -> line.startsWith("Warning:")).toList();
    }

    private String verify() throws Exception {
        return verify(nagios.resolve("nagios.cfg"));
    }

    static String verify(Path mainConfig) throws Exception {
        Process process = new ProcessBuilder(NAGIOS_BINARY.toString(), "-v", mainConfig.toString())
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    private static List<Definition> parse(Path file) throws IOException {
        List<NagiosProblem> problems = new ArrayList<>();
        List<Definition> definitions = ObjectFileParser.parse(file.toString(), Files.readString(file), problems);
        assertThat(problems).isEmpty();
        return definitions;
    }
}
