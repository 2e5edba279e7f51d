package io.pdgitops.review;

import io.pdgitops.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case folder under {@code review/} is named after a {@link SampleChecks} result; links point at GitHub. */
class CheckMarkdownGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/review");

    static Stream<String> cases() {
        return GoldenFiles.caseNames(ROOT);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersAsExpected(String name) throws IOException {
        String markdown = new CheckMarkdown(SampleChecks.GITHUB_LINKS).render(SampleChecks.named(name));
        String status = CheckStatus.of(SampleChecks.named(name)).toString();

        GoldenFiles.assertMatchesExpected(ROOT.resolve(name), status + "\n\n" + markdown);
    }
}
