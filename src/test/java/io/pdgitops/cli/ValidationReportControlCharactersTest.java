package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names and values holding line breaks, escape sequences and bidi overrides cannot forge or repaint output. */
class ValidationReportControlCharactersTest {

    private static final String HOSTILE = "a\nb\rc\u001b[31md\u202ee";

    @Test
    void textAndAnnotationsHoldNoRawControlCharacterAndOneLinePerViolation(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve(HOSTILE + ".yaml"), "kind: Team\nname: \"" + HOSTILE.replace("\n", "\\n")
                .replace("\r", "\\r").replace("\u001b", "\\e") + "\"\nnot_a_field: [\n");
        LoadResult result = ConfigLoader.load(repo);
        assertThat(result.violations()).isNotEmpty();

        for (ReportFormat format : new ReportFormat[] {ReportFormat.TEXT, ReportFormat.GITHUB}) {
            String output = ValidationReport.render(result, format);
            assertThat(output.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == '\u202e')))
                    .as(format + " output").isEmpty();
            assertThat(output.lines().count()).as(format + " lines").isEqualTo(result.violations().size() + 1L);
        }
    }

    @Test
    void jsonKeepsTheNameExactlyThroughItsOwnEncoding(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve(HOSTILE + ".yaml"), "kind: [\n");
        LoadResult result = ConfigLoader.load(repo);

        JsonNode json = new ObjectMapper().readTree(ValidationReport.render(result, ReportFormat.JSON));

        assertThat(json.path("violations").get(0).path("file").asText()).contains(HOSTILE);
    }
}
