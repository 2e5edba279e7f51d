package io.pdgitops.plan;

import static io.pdgitops.testing.GoldenFiles.assertMatchesExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.pdgitops.testing.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/plan} is a {@link GoldenPlanCase} and the text plan it
 * must produce ({@code expected.txt}). Run with {@code -Dgolden.update=true} to rewrite the expected
 * files, then read every changed one by eye.
 */
class GoldenPlanTest {

    private static final Path CASES = Path.of("src/test/resources/plan");

    static Stream<String> cases() {
        return GoldenFiles.caseNames(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesExpected(String name, @TempDir Path scratch) throws IOException {
        Path folder = CASES.resolve(name);
        String actual = new TextPlanRenderer(false).render(new GoldenPlanCase(folder).plan(scratch));
        assertMatchesExpected(folder, actual);
    }

    /**
     * A window document is one step whatever number of PagerDuty windows it changes, in every format: created after
     * the service it names, updated with the weeks it adds and removes, pruned with each open window of its name.
     */
    @Test
    void maintenanceWindowsInEveryFormat(@TempDir Path scratch) throws IOException {
        Path folder = CASES.resolve("maintenance-windows");
        Plan plan = new GoldenPlanCase(folder).plan(scratch);

        assertThat(plan.windows()).containsOnlyKeys("Payments weekly", "Payments DB upgrade", "Batch rollout",
                "Old freeze");
        assertMatchesExpected(folder, "expected.md", new MarkdownPlanRenderer().render(plan));
        assertMatchesExpected(folder, "expected.json", new JsonPlanRenderer().render(plan));
    }

    /** How each changed running layer is treated appears under its step in Markdown and JSON too. */
    @Test
    void rotationDecisionsInEveryFormat(@TempDir Path scratch) throws IOException {
        Path folder = CASES.resolve("rotation-choices");
        Plan plan = new GoldenPlanCase(folder).plan(scratch);

        assertThat(plan.steps()).singleElement().satisfies(step -> assertThat(step.rotations()).hasSize(2));
        assertMatchesExpected(folder, "expected.md", new MarkdownPlanRenderer().render(plan));
        assertMatchesExpected(folder, "expected.json", new JsonPlanRenderer().render(plan));
    }

    /**
     * Each delete names the file that declared it in every format; the case's inventory records a file for the
     * service and none for the escalation policy, as a list written before files were kept.
     */
    @Test
    void deletesNameTheirDeclaringFileInEveryFormat(@TempDir Path scratch) throws IOException {
        Path folder = CASES.resolve("prune-with-inventory");
        Plan plan = new GoldenPlanCase(folder).plan(scratch);

        assertThat(plan.steps()).filteredOn(step -> step.declaredIn().isPresent()).isNotEmpty();
        assertThat(plan.steps()).filteredOn(step -> step.declaredIn().isEmpty()).isNotEmpty();
        assertMatchesExpected(folder, "expected.md", new MarkdownPlanRenderer().render(plan));
        assertMatchesExpected(folder, "expected.json", new JsonPlanRenderer().render(plan));
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
