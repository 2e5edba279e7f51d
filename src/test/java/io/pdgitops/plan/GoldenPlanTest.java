package io.pdgitops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/plan} is a {@link GoldenPlanCase} and the text plan it
 * must produce ({@code expected.txt}). Run with {@code -Dgolden.update=true} to rewrite the expected
 * files, then read every changed one by eye.
 */
class GoldenPlanTest {

    private static final Path CASES = Path.of("src/test/resources/plan");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesExpected(String name, @TempDir Path scratch) throws IOException {
        Path folder = CASES.resolve(name);
        String actual = new TextPlanRenderer(false).render(new GoldenPlanCase(folder).plan(scratch));
        Path expectedFile = folder.resolve("expected.txt");
        if (UPDATE) {
            Files.writeString(expectedFile, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expectedFile));
    }

    /** The live integrations of that case carry keys like {@code k-nagios-secret}. */
    @Test
    void integrationKeysAppearInNoRendering(@TempDir Path scratch) throws IOException {
        Plan plan = new GoldenPlanCase(CASES.resolve("integrations")).plan(scratch);

        assertThat(plan.steps()).isNotEmpty();
        assertThat(new TextPlanRenderer(false).render(plan)).doesNotContain("secret");
        assertThat(new MarkdownPlanRenderer().render(plan)).doesNotContain("secret");
        assertThat(new JsonPlanRenderer().render(plan)).doesNotContain("secret");
        assertThat(plan.toString()).doesNotContain("secret");
    }
}
