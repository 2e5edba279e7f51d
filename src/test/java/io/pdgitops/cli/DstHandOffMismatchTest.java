package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.pagerduty.PagerDutyEnvironment;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxHttpServer;
import io.pdgitops.sandbox.SeedLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PagerDuty that hands whole-day turns off by elapsed time across a daylight saving change, and a repository that
 * reads it as local time: every field matches after the apply, yet PagerDuty pages other people after the change.
 * {@code plan --detailed-exitcode} says so with exit 2 and the shifts that differ; setting
 * {@code schedules.dst_hand_offs} to what the account does makes the plan empty.
 */
class DstHandOffMismatchTest {

    private static final String TOKEN = "dst-hand-offs-token";
    private static final Path SEED = Path.of(ReconcileCommandsTest.EXAMPLE, "sandbox-seed.yaml");
    /** Long enough to reach New York's next change from any day of the year. */
    private static final String HORIZON = "240";

    @TempDir
    Path repo;

    @Test
    void onlyWhoIsPagedDiffersSoThePlanExitsTwoUntilTheSettingMatchesTheAccount() throws Exception {
        Files.writeString(repo.resolve("schedule.yaml"), """
                kind: Schedule
                name: New York daily
                time_zone: America/New_York
                layers:
                  - name: Daily
                    start: 2026-01-05T09:00:00-05:00
                    rotation_turn_length: 1d
                    users: [kenta.sato@example.com, misaki.suzuki@example.com, sho.takahashi@example.com]
                """);
        Sandbox sandbox = new Sandbox(SandboxConfig.withToken(TOKEN).withRateLimit(100_000)
                .withDstHandOffs(DstHandOffs.ELAPSED_TIME), SeedLoader.load(SEED));
        try (SandboxHttpServer server = SandboxHttpServer.start(sandbox, "127.0.0.1", 0)) {
            CliContext context = new CliContext(Map.of(PagerDutyEnvironment.TOKEN, TOKEN,
                    PagerDutyEnvironment.URL, server.baseUri().toString()), false, Path.of(""));
            CliRun apply = CliRun.plain(context, "apply", "--auto-approve", repo.toString());
            assertThat(apply.exit()).as(apply.all()).isEqualTo(ExitCodes.OK);

            CliRun fieldsOnly = CliRun.plain(context, "plan", "--detailed-exitcode", "--horizon-days", "0",
                    repo.toString());
            assertThat(fieldsOnly.exit()).as("every field matches: " + fieldsOnly.all()).isEqualTo(ExitCodes.OK);

            CliRun mismatch = CliRun.plain(context, "plan", "--detailed-exitcode", "--horizon-days", HORIZON,
                    repo.toString());
            assertThat(mismatch.exit()).as(mismatch.all()).isEqualTo(ExitCodes.CHANGES);
            // After the next change, an hour of each day still belongs to the day before's holder (or already to
            // the next day's), whichever way the clocks go.
            assertThat(mismatch.out()).contains("every field matches, but PagerDuty's final schedule pages someone")
                    .containsPattern("(?m)^ +\\w{3} \\d+ \\w{3} \\d\\d:00-\\d\\d:00 E[SD]T: Git says \\S+, PagerDuty pages \\S+$");

            Files.writeString(repo.resolve("pd-gitops.yaml"), "schedules: {dst_hand_offs: elapsed_time}\n");
            CliRun matching = CliRun.plain(context, "plan", "--detailed-exitcode", "--horizon-days", HORIZON,
                    repo.toString());
            assertThat(matching.exit()).as(matching.all()).isEqualTo(ExitCodes.OK);
        }
    }
}
