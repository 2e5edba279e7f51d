package io.pdgitops.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownPlanRendererTest {

    private final MarkdownPlanRenderer renderer = new MarkdownPlanRenderer();

    @Test
    void startsWithTheSummaryLine() {
        assertThat(renderer.render(SamplePlans.small()))
                .startsWith("**Plan: 1 to create, 1 to update, 1 to delete, 2 unchanged.**\n");
    }

    @Test
    void listsEveryStepInATableWithIdsAndDependencies() {
        String markdown = renderer.render(SamplePlans.small());

        assertThat(markdown).contains("| # | Action | Object | PagerDuty id | After |\n|---|---|---|---|---|\n"
                + "| 1 | create | Team `Ops Tokyo` |  |  |\n"
                + "| 2 | update | Service `Payments API` | PSVC1 | 1 |\n");
    }

    @Test
    void escapesPipesInTableCells() {
        assertThat(renderer.render(SamplePlans.small()))
                .contains("| 3 | delete | EscalationPolicy `Old \\| Retired` | PEP9 | 2 |\n");
    }

    @Test
    void showsFieldChangesAsDiffCodeBlocks() {
        assertThat(renderer.render(SamplePlans.small())).contains("**2. update Service `Payments API` [PSVC1] (after 1)**\n\n"
                + "```diff\n- auto_resolve_timeout: 4h\n+ auto_resolve_timeout: disabled\n```\n");
    }

    @Test
    void foldsTheFieldChangesOfLongPlansOnly() {
        assertThat(renderer.render(SamplePlans.creates(MarkdownPlanRenderer.FOLD_AFTER_STEPS))).doesNotContain("<details>");
        assertThat(renderer.render(SamplePlans.creates(MarkdownPlanRenderer.FOLD_AFTER_STEPS + 1)))
                .contains("<details><summary>Field changes of 11 steps</summary>")
                .endsWith("</details>\n");
    }

    @Test
    void putsTheRefusalFirst() {
        assertThat(renderer.render(SamplePlans.refused()))
                .startsWith("> **Refused:** the plan deletes 1 objects, more than max_deletions (0)\n\n**Plan: ");
    }

    @Test
    void saysSoWhenNothingChanges() {
        assertThat(renderer.render(SamplePlans.empty())).isEqualTo("**No changes: PagerDuty matches Git (7 unchanged).**\n");
    }

    @Test
    void listsNotesWithAngleBracketsEscaped() {
        assertThat(renderer.render(SamplePlans.small()))
                .endsWith("**Notes**\n\n- would prune Team `Gone` [PT9] (prune disabled)\n");
        assertThat(renderer.render(SamplePlans.noted("user Taro <taro@example.com>")))
                .contains("- user Taro &lt;taro@example.com&gt;\n");
    }
}
