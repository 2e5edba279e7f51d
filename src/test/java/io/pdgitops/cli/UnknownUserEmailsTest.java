package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An email (or an integration vendor) the account does not have fails {@code plan} and {@code apply}'s own plan with each email at the line
 * that writes it, and nothing reaches the sandbox.
 */
class UnknownUserEmailsTest {

    static final String KNOWN = "ann@example.com";
    static final String OTHER = "bob@example.com";
    /** One unknown email per kind of reference: team member, layer user, roster member, escalation target. */
    static final List<String> UNKNOWN = List.of("tom@example.com", "layer.ghost@example.com",
            "roster.ghost@example.com", "target.ghost@example.com");

    static final String OBJECTS = """
            kind: Team
            name: Ops
            members:
              - {user: %1$s}
              - {user: %2$s}
            ---
            kind: Schedule
            name: Day
            time_zone: Asia/Tokyo
            layers:
              - start: 2026-01-05T09:00:00+09:00
                rotation_turn_length: 1d
                users:
                  - %1$s
                  - %3$s
            ---
            kind: Roster
            name: Nights
            time_zone: Asia/Tokyo
            start: "2026-01-05"
            shifts:
              - {name: all day, start: "09:00", end: "09:00"}
            members:
              - {user: %1$s}
              - {user: %4$s}
            ---
            kind: EscalationPolicy
            name: Ops
            rules:
              - escalation_delay: 30m
                targets:
                  - {schedule: Day}
                  - {user: %5$s}
            """;

    @TempDir
    Path temp;

    CliRun run;

    @BeforeAll
    static void onlyWithoutARealPagerDuty() {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: these tests would change a real account");
    }

    /** The sandbox's state file, fresh for each test. */
    private Path state() {
        return temp.resolve("sandbox.json");
    }

    @Test
    void planFailsWithEveryUnknownEmailAtItsLine() throws IOException {
        String objects = OBJECTS.formatted(KNOWN, UNKNOWN.get(0), UNKNOWN.get(1), UNKNOWN.get(2), UNKNOWN.get(3));
        Path repo = repo(objects);

        run = CliRun.of(state(), "plan", repo.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        for (String email : UNKNOWN) {
            assertThat(run.out()).as(run.all()).contains("objects.yaml:" + lineOf(objects, email) + ":")
                    .contains("`" + email + "` is not a user of the PagerDuty account");
        }
        assertThat(run.out()).doesNotContain("`" + KNOWN + "` is not");
    }

    @Test
    void applyWritesNothingAndAKnownEmailPlansAgain() throws IOException {
        String valid = OBJECTS.formatted(KNOWN, OTHER, OTHER, OTHER, OTHER);
        Path repo = repo(valid);
        run = CliRun.of(state(), "plan", "--format", "json", repo.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        String planBefore = run.out();
        byte[] sandboxBefore = Files.exists(state()) ? Files.readAllBytes(state()) : null;

        String invalid = OBJECTS.formatted(KNOWN, OTHER, UNKNOWN.get(1), OTHER, OTHER);
        Files.writeString(repo.resolve("objects.yaml"), invalid);
        run = CliRun.of(state(), "apply", "--auto-approve", repo.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("objects.yaml:" + lineOf(invalid, UNKNOWN.get(1)) + ":");
        if (sandboxBefore == null) {
            assertThat(state()).as("the sandbox was not written to").doesNotExist();
        } else {
            assertThat(Files.readAllBytes(state())).as("the sandbox was not written to").isEqualTo(sandboxBefore);
        }
        Files.writeString(repo.resolve("objects.yaml"), valid);
        run = CliRun.of(state(), "plan", "--format", "json", repo.toString());
        assertThat(run.out()).as("still everything to create").isEqualTo(planBefore);
    }

    @Test
    void aVendorTheAccountDoesNotHaveFailsThePlanAtItsLineWithTheVendorsOwnSpelling() throws IOException {
        String objects = OBJECTS.formatted(KNOWN, OTHER, OTHER, OTHER, OTHER) + """
                ---
                kind: Service
                name: Mail relay
                escalation_policy: Ops
                integrations:
                  - {name: Monitoring, type: vendor, vendor: Nagois}
                  - {name: Metrics, type: vendor, vendor: datadog}
                """;
        Path repo = repo(objects);

        run = CliRun.of(state(), "plan", repo.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).as(run.all()).contains("objects.yaml:" + lineOf(objects, "Nagois") + ":")
                .contains("vendor `Nagois` is not an integration vendor of the PagerDuty account")
                .contains("did you mean `nagios`?")
                .as("vendors match ignoring case, as in apply").doesNotContain("`datadog` is not");
        assertThat(state()).as("nothing was written to the sandbox").doesNotExist();
    }

    private Path repo(String objects) throws IOException {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("objects.yaml"), objects);
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: Ann, email: " + KNOWN + ", time_zone: Asia/Tokyo, role: user}\n"
                        + "  - {name: Bob, email: " + OTHER + ", time_zone: Asia/Tokyo, role: user}\n");
        return repo;
    }

    /** The 1-based line of the first mention of {@code text}. */
    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow() + 1;
    }
}
