package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import nagios --people} on the hand-written shop of {@code src/test/resources/nagios/people}: its contact
 * groups become escalation policies and teams the repository's loader and validator accept, its office hours become
 * support hours, and what PagerDuty cannot hold is reported. The users are the example repository's, which the
 * sandbox knows.
 */
class NagiosPeopleImportTest extends CommandLineTestBase {

    static final Path PEOPLE = NagiosImportCommandTest.NAGIOS.resolve("people");

    @TempDir
    Path temp;

    Path nagios;
    Path repo;
    Path state;

    @BeforeEach
    void copyShopAndExample() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real "
                + "account");
        nagios = temp.resolve("nagios");
        NagiosImportCommandTest.copy(PEOPLE, nagios);
        Path var = Files.createDirectories(nagios.resolve("var/check"));
        StringBuilder main = new StringBuilder("cfg_file=objects.cfg\n")
                .append("illegal_macro_output_chars=`~$&|'\"<>\n");
        for (String file : List.of("log_file", "lock_file", "temp_file", "status_file", "object_cache_file",
                "precached_object_file", "state_retention_file", "command_file")) {
            main.append(file).append('=').append(var.getParent().resolve(file)).append('\n');
        }
        main.append("check_result_path=").append(var).append('\n');
        // Nagios reads object files as its own user; the copy is readable by ours only.
        PosixFileAttributes owner = Files.readAttributes(temp, PosixFileAttributes.class);
        main.append("nagios_user=").append(owner.owner().getName()).append('\n')
                .append("nagios_group=").append(owner.group().getName()).append('\n');
        Files.writeString(nagios.resolve("nagios.cfg"), main);
        repo = temp.resolve("repo");
        NagiosImportCommandTest.copy(Path.of("example-repo"), repo);
        state = temp.resolve("sandbox.json");
    }

    private int importPeople(String... more) {
        List<String> args = new ArrayList<>(List.of("import", "nagios", "--config",
                nagios.resolve("nagios.cfg").toString(), "--repo", repo.toString(), "--people", "--time-zone",
                "Asia/Tokyo", "--into", "services/nagios", "--sandbox-state", state.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void contactGroupsBecomePoliciesTheRepositoryAcceptsAndApplyConverges() throws IOException {
        assertThat(importPeople("--policy", NagiosWiringTest.firstPolicy(repo), "--check-users")).as(err)
                .isEqualTo(ExitCodes.OK);

        assertThat(out).contains("People: 2 escalation policies and teams from contact groups",
                "Every user is known to", "Not expressed in PagerDuty");
        String web = Files.readString(repo.resolve("services/nagios/web.yaml"));
        assertThat(web).contains("escalation_policy: Web shop admins", "support_hours:", "time_zone: Asia/Tokyo",
                "start_time: \"09:00\"", "end_time: \"18:00\"", "use_support_hours");
        String policy = Files.readString(repo.resolve("services/nagios/escalation-policies/web-shop-admins.yaml"));
        assertThat(policy).contains("kind: Team", "kind: EscalationPolicy", "kenta.sato@example.com",
                "misaki.suzuki@example.com").doesNotContain("night-pager");
        assertThat(Files.readString(repo.resolve("services/nagios/db.yaml"))).contains("escalation_policy: Database team")
                .doesNotContain("support_hours");

        assertThat(run("validate", repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString()))
                .as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(run("plan", "--detailed-exitcode", "--sandbox-state", state.toString(), repo.toString()))
                .as(out + err).isEqualTo(ExitCodes.OK);
        assertThat(importPeople("--policy", NagiosWiringTest.firstPolicy(repo))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).as("a second import changes no file").doesNotContain("create ", "update ", "stale ")
                .contains("Users to check in PagerDuty (not looked up; --check-users does): kenta.sato@example.com");
    }

    @Test
    void anEmailPagerDutyDoesNotKnowIsListed() throws IOException {
        Path objects = nagios.resolve("objects.cfg");
        Files.writeString(objects, Files.readString(objects).replace("kenta.sato@example.com", "kenta@elsewhere.test"));

        assertThat(importPeople("--policy", NagiosWiringTest.firstPolicy(repo), "--check-users")).as(err)
                .isEqualTo(ExitCodes.OK);

        assertThat(out).containsPattern("Users unknown to .*\\(1; apply fails until they exist\\): "
                + "kenta@elsewhere\\.test\n");
    }

    @Test
    void withoutPolicyAServiceNoContactGroupServesIsRefusedAtItsLineAndNothingIsWritten() throws IOException {
        List<String> lines = Files.readAllLines(nagios.resolve("objects.cfg"));

        assertThat(importPeople()).isEqualTo(ExitCodes.INVALID);

        assertThat(err).containsPattern("objects\\.cfg:\\d+: service `batch`").contains("give --policy");
        int line = Integer.parseInt(err.replaceAll("(?s).*objects\\.cfg:(\\d+): service `batch`.*", "$1"));
        assertThat(lines.get(line - 1)).contains("define host");
        assertThat(lines.get(line + 1)).contains("batch-01");
        assertThat(repo.resolve("services/nagios")).doesNotExist();
    }

    @Test
    void nagiosAcceptsTheShopAsItIsImported() throws Exception {
        assumeTrue(Files.isExecutable(NagiosWiringTest.NAGIOS_BINARY), "nagios4 is not installed: install the "
                + "Debian package nagios4-core (`.ci/run` does) to check the configuration with nagios4 -v");

        assertThat(NagiosWiringTest.verify(nagios.resolve("nagios.cfg")))
                .contains("Total Warnings: 0", "Total Errors:   0");
    }
}
