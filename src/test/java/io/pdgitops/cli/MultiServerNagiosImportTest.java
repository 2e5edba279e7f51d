package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.imports.nagios.NagiosServerGenerator;
import io.pdgitops.imports.nagios.NagiosServerGenerator.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three generated Nagios servers of over 500 service checks together, with templates, holidays, exclusions and
 * continued lines, imported with their people into one repository: it validates, applies to the sandbox and then
 * plans nothing; importing each server again changes nothing and calls nothing stale; and the real Nagios accepts
 * each server's configuration with its generated wiring, with no error and no warning.
 */
class MultiServerNagiosImportTest extends CommandLineTestBase {

    private static final List<String> SERVERS = List.of("tokyo", "osaka", "sapporo");
    private static final int CHECKS_PER_SERVER = 100;
    private static final long SEED = 19;

    @TempDir
    Path temp;

    @Test
    void threeServersImportApplyConvergeAndNagiosAcceptsEachWithItsWiring() throws Exception {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real "
                + "account");
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.copy(Path.of("example-repo/sandbox-seed.yaml"), repo.resolve("sandbox-seed.yaml"));
        Files.writeString(repo.resolve("pd-gitops.yaml"), """
                include: ["nagios/**/*.yaml"]
                sync: {prune: true}
                defaults: {time_zone: Asia/Tokyo}
                """);
        List<String> emails = new ArrayList<>();
        Matcher email = Pattern.compile("email: ([^,}\\s]+)").matcher(Files.readString(repo.resolve("sandbox-seed.yaml")));
        while (email.find()) {
            emails.add(email.group(1));
        }
        PosixFileAttributes owner = Files.readAttributes(temp, PosixFileAttributes.class);
        List<Server> servers = new ArrayList<>();
        for (String name : SERVERS) {
            servers.add(NagiosServerGenerator.generate(temp.resolve(name), name, SEED + servers.size(), emails,
                    CHECKS_PER_SERVER, owner.owner().getName(), owner.group().getName()));
        }
        assertThat(servers.stream().mapToInt(Server::checks).sum()).isGreaterThanOrEqualTo(500);
        Path state = temp.resolve("sandbox.json");

        for (Server server : servers) {
            assertThat(importServer(repo, server, state)).as(err).isEqualTo(ExitCodes.OK);
            assertThat(out).contains("Nagios: " + server.hosts() + " hosts, " + server.checks() + " service checks, "
                    + server.hostgroups().size() + " host groups")
                    .contains("Mapped by hostgroup: " + server.hostgroups().size() + " PagerDuty services")
                    .contains("People: " + server.contactGroups().size() + " escalation policies and teams")
                    .contains("Every user is known to")
                    .as("another server's files are not this one's").doesNotContain("stale");
            for (String group : server.holidays()) {
                assertThat(out).as("holidays are reported, not refused").contains("excludes `" + server.name()
                        + "-holidays`; PagerDuty support hours have no exclusions (notification period of service `"
                        + group + "`");
                assertThat(Files.readString(repo.resolve("nagios/" + group + ".yaml"))).doesNotContain("support_hours");
            }
            for (String group : server.officeHours()) {
                assertThat(Files.readString(repo.resolve("nagios/" + group + ".yaml")))
                        .contains("support_hours:", "start_time: \"09:00\"", "end_time: \"18:00\"");
            }
        }
        assertThat(run("validate", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(run("plan", "--detailed-exitcode", "--sandbox-state", state.toString(), repo.toString()))
                .as(out + err).isEqualTo(ExitCodes.OK);

        for (Server server : servers) {
            assertThat(importServer(repo, server, state)).as(err).isEqualTo(ExitCodes.OK);
            assertThat(out).as("nothing changed, nothing stale for " + server.name())
                    .doesNotContain("create ", "update ", "stale ", "conflict ");
        }
        assumeTrue(Files.isExecutable(NagiosWiringTest.NAGIOS_BINARY), "nagios4 is not installed: install the "
                + "Debian package nagios4-core (`.ci/run` does) to check the wiring with nagios4 -v");
        for (Server server : servers) {
            assertThat(NagiosWiringTest.verify(server.mainConfig())).as(server.name() + " as generated")
                    .contains("Total Warnings: 0", "Total Errors:   0");
            assertThat(run("import", "nagios", "contacts", "--config", server.mainConfig().toString(), "--repo",
                    repo.toString(), "--output", server.mainConfig().resolveSibling("conf.d/pagerduty-wiring.cfg")
                            .toString(), "--sandbox-state", state.toString())).as(err).isEqualTo(ExitCodes.OK);
            assertThat(NagiosWiringTest.verify(server.mainConfig())).as(server.name() + " with its wiring")
                    .contains("Total Warnings: 0", "Total Errors:   0");
        }
    }

    private int importServer(Path repo, Server server, Path state) {
        return run("import", "nagios", "--config", server.mainConfig().toString(), "--repo", repo.toString(),
                "--source", server.name(), "--into", "nagios", "--people", "--check-users", "--sandbox-state",
                state.toString());
    }
}
