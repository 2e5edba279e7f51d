package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {

    private static final String WEEKDAYS = "src/test/resources/oncall/three-person-weekday-rotation/repo";
    private static final String POLICIES = "src/test/resources/validate/rule-reaches-nobody/repo";

    private final CapturedCli cli = new CapturedCli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @Test
    void textPreviewIsTheGoldenCalendar() throws IOException {
        int exit = run("preview", WEEKDAYS, "--schedule", "Weekday support", "--from", "2026-01-05", "--days", "14");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(
                Files.readString(Path.of("src/test/resources/oncall/three-person-weekday-rotation/expected.txt")));
    }

    @Test
    void jsonPreviewListsShiftsGapsAndTimePerUser() throws IOException {
        int exit = run("preview", WEEKDAYS, "--schedule", "Weekday support", "--from", "2026-01-05T09:00", "--days", "1",
                "--format", "json");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        JsonNode preview = new ObjectMapper().readTree(out.toString());
        assertThat(preview.get("format").asText()).isEqualTo("pd-gitops/preview/v1");
        assertThat(preview.get("from").asText()).isEqualTo("2026-01-05T09:00+09:00");
        assertThat(preview.get("shifts")).hasSize(1);
        assertThat(preview.get("shifts").get(0).get("user").asText()).isEqualTo("taro@example.com");
        assertThat(preview.get("gaps").get(0).get("seconds").asLong()).isEqualTo(15 * 3600);
        assertThat(preview.get("seconds_by_user").get("taro@example.com").asLong()).isEqualTo(9 * 3600);
        assertThat(preview.get("coverage_percentage").asDouble()).isEqualTo(37.5);
    }

    @Test
    void markdownAndIcsFormatsAreOffered() {
        assertThat(run("preview", WEEKDAYS, "--schedule", "Weekday support", "--from", "2026-01-05", "--days", "1",
                "--format", "markdown")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("| Mon 2026-01-05 09:00+09:00 | Mon 2026-01-05 18:00+09:00 | 9h | taro@example.com |");
        out.getBuffer().setLength(0);

        assertThat(run("preview", WEEKDAYS, "--schedule", "Weekday support", "--from", "2026-01-05", "--days", "1",
                "--format", "ics")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART:20260105T000000Z\r\n");
    }

    @Test
    void serviceViewFlagsLevelsThatReachNobody(@TempDir Path repo) throws IOException {
        for (Path file : Files.list(Path.of(POLICIES)).toList()) {
            Files.copy(file, repo.resolve(file.getFileName()));
        }
        Files.writeString(repo.resolve("web.yaml"), "kind: Service\nname: Web\nescalation_policy: Ops\n");

        int exit = run("preview", repo.toString(), "--service", "Web", "--at", "2026-01-10T14:00+09:00");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("""
                Service Web, escalation policy Ops, incident at 2026-01-10T05:00:00Z
                Level 1 after 0 min: NOBODY (nobody on call in Day shift)
                Level 2 after 30 min: NOBODY (nobody on call in Day shift, Night shift)
                Level 3 after 60 min: lead@example.com (nobody on call in Day shift)
                Warning: a level reaches nobody at this time
                """);
    }

    @Test
    void aMisspeltScheduleOrServiceGetsTheClosestName() {
        assertThat(run("preview", WEEKDAYS, "--schedule", "Weekday suport")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("no schedule named `Weekday suport`").contains("did you mean `Weekday support`?");
    }

    @Test
    void badInputIsAClearErrorWithExitThree() {
        assertThat(run("preview", WEEKDAYS, "--schedule", "Nope")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("no schedule named `Nope`");
        assertThat(run("preview", WEEKDAYS, "--schedule", "Weekday support", "--from", "next tuesday")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("--from: `next tuesday` is not a date");
        assertThat(run("preview", WEEKDAYS, "--schedule", "Weekday support", "--days", "0")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("--days must be between 1 and 366");
        assertThat(run("preview", WEEKDAYS)).isEqualTo(ExitCodes.ERROR);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anInvalidRepositoryPrintsItsErrorsAndExitsOne() {
        int exit = run("preview", "src/test/resources/validate/coverage-gap/repo", "--schedule", "Business hours");

        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).contains("error coverage-gap");
    }

    private int run(String... args) {
        return cli.run(args);
    }
}
