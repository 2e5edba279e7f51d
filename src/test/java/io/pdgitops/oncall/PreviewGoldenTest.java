package io.pdgitops.oncall;

import io.pdgitops.model.DstHandOffs;
import static io.pdgitops.testing.GoldenFiles.assertMatchesExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.render.PreviewTextRenderer;
import io.pdgitops.testing.GoldenFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Previews every repository under {@code src/test/resources/oncall/} and compares the text with the
 * case's {@code expected.txt}; each case's {@code README.md} says what a person expects and why.
 * Run with {@code -Dgolden.update=true} after a deliberate change, then read the diff line by line.
 */
class PreviewGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/oncall");

    static Stream<Path> cases() {
        return GoldenFiles.caseNames(CASES).map(CASES::resolve).filter(dir -> Files.exists(dir.resolve("preview.properties")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void previewsAsExpected(Path directory) throws IOException {
        Properties preview = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve("preview.properties"))) {
            preview.load(reader);
        }
        assertThat(Files.readString(directory.resolve("README.md"))).as("what a person expects").isNotBlank();
        LoadResult loaded = ConfigLoader.load(directory.resolve("repo"));
        assertThat(loaded.violations()).isEmpty();
        Schedule schedule = loaded.state().schedule(preview.getProperty("schedule")).orElseThrow();
        String from = preview.getProperty("from");
        Instant start = from.length() == 10
                ? LocalDate.parse(from).atStartOfDay(schedule.timeZone()).toInstant()
                : OffsetDateTime.parse(from).toInstant();
        TimeRange range = TimeRange.days(start, Integer.parseInt(preview.getProperty("days")), schedule.timeZone());

        String actual = new PreviewTextRenderer().render(SchedulePreview.of(schedule, range, DstHandOffs.LOCAL_TIME));

        assertMatchesExpected(directory, actual);
    }
}
