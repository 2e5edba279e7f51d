package io.pdgitops.schedule;

import static io.pdgitops.testing.GoldenFiles.assertMatchesExpected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import io.pdgitops.testing.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every case under {@code src/test/resources/schedule/} and compares it with the case's
 * {@code expected.txt}. Each {@code input.yaml} says what a person expects and why; the expected
 * files were checked by hand against that. Run with {@code -Dgolden.update=true} to rewrite them
 * after a deliberate change, then read the diff line by line.
 */
class ScheduleRendererGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/schedule");

    static Stream<Path> cases() {
        return GoldenFiles.caseNames(CASES).map(CASES::resolve).filter(dir -> Files.exists(dir.resolve("input.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(Path directory) throws IOException {
        GoldenCase golden = GoldenCase.read(directory);

        RenderedSchedule rendered = new ScheduleRenderer(golden.choices()).render(golden.schedule(), golden.window());
        String actual = GoldenText.of(golden.schedule(), rendered);

        assertMatchesExpected(directory, actual);
    }
}
