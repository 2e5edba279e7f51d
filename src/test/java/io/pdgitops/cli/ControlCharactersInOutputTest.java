package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named with a line break and an escape sequence, and values holding a forged log line, a terminal escape and
 * a bidi override, reach every human output of plan, apply, drift and preview escaped: each stays on its line and
 * repaints nothing. JSON carries them exactly, through its own encoding.
 */
class ControlCharactersInOutputTest {

    /** A line that would pass for one of the log's own, after a line break. */
    private static final String FORGED = "2026-12-04 10:00:00,000 INFO  [io.pdgitops.service] sync 9 SUCCEEDED";
    private static final String FILE = "evil\n\u001b[31mteam.yaml";
    /** An inventory cannot record a path with a line break (it would split the line), but this one it can. */
    private static final String RECORDED_FILE = "b\u001b[31mteam\u202e.yaml";
    private static final String TEAM = "Ops \u001b[2J\u202eteam";
    private static final String DESCRIPTION = "fine\n" + FORGED;
    private static final String SCHEDULE = "Night \u001b]0;title\u0007shift";

    @TempDir
    Path temp;

    Path state;
    Path repo;
    Path inventory;

    @BeforeEach
    void hostileRepository() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this would change a real account");
        state = temp.resolve("sandbox.json");
        inventory = temp.resolve("inventory");
        repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\nsync: {prune: true}\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: \"Ann\\e[1m\", email: ann@example.com, time_zone: Asia/Tokyo, role: user}\n");
        Files.writeString(repo.resolve(FILE), "kind: Team\nname: " + yaml(TEAM) + "\ndescription: " + yaml(DESCRIPTION) + "\n");
        Files.writeString(repo.resolve(RECORDED_FILE), "kind: Team\nname: Second\n");
        Files.writeString(repo.resolve("schedule.yaml"), "kind: Schedule\nname: " + yaml(SCHEDULE)
                + "\ntime_zone: Asia/Tokyo\nlayers:\n  - {name: Daily, start: 2026-01-05T09:00:00+09:00,"
                + " rotation_turn_length: 1d, users: [ann@example.com]}\n");
    }

    /** A YAML double-quoted scalar holding {@code text}, its controls written as YAML escapes. */
    private static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0x2000 && c < 0x2100)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }

    /** No control character but the line breaks the renderer puts, and no forged line. */
    private static void assertSafe(String what, String output) {
        assertThat(output.chars().filter(c -> c != '\n'
                && (Character.isISOControl(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))))
                .as(what + ":\n" + output).isEmpty();
        assertThat(output.lines()).as(what).noneMatch(line -> line.startsWith(FORGED));
    }

    private CliRun run(String... args) {
        return CliRun.of(state, args);
    }

    @Test
    void planInEveryHumanFormatEscapesAndJsonKeepsTheValueExactly() throws IOException {
        for (String format : List.of("text", "markdown", "github")) {
            CliRun plan = run("plan", "--format", format, repo.toString());
            assertThat(plan.exit()).as(plan.all()).isEqualTo(ExitCodes.OK);
            assertSafe("plan --format " + format, plan.all());
            assertThat(plan.out()).contains("Ops \\u001b[2J\\u202eteam");
        }
        CliRun json = run("plan", "--format", "json", repo.toString());
        JsonNode steps = new ObjectMapper().readTree(json.out()).path("steps");
        assertThat(steps.findValuesAsText("name")).as("JSON escapes by its own rules, not twice").contains(TEAM, SCHEDULE);
    }

    @Test
    void applyDriftAndPreviewEscapeAndAPruneNamesTheFileEscaped() throws IOException {
        CliRun drift = run("drift", repo.toString());
        assertSafe("drift", drift.all());
        assertThat(drift.out()).contains("Ops \\u001b[2J");
        assertSafe("drift --format markdown", run("drift", "--format", "markdown", repo.toString()).all());

        CliRun apply = run("apply", "--auto-approve", "--save-inventory", inventory.toString(), repo.toString());
        assertThat(apply.exit()).as(apply.all()).isEqualTo(ExitCodes.OK);
        assertSafe("apply", apply.all());

        CliRun preview = run("preview", "--schedule", SCHEDULE, repo.toString());
        assertSafe("preview", preview.all());
        assertThat(preview.all()).contains("Night \\u001b]0;title\\u0007shift");

        Files.delete(repo.resolve(FILE));
        Files.delete(repo.resolve(RECORDED_FILE));
        CliRun prune = run("plan", "--prune-from", inventory.toString(), repo.toString());
        assertThat(prune.exit()).as(prune.all()).isEqualTo(ExitCodes.OK);
        assertSafe("plan with a prune", prune.all());
        assertThat(prune.out()).contains("(declared in b\\u001b[31mteam\\u202e.yaml)");
    }
}
