package io.pdgitops.plan.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.oncall.render.OnCallDifferenceMarkdown;
import io.pdgitops.oncall.render.OnCallDriftBlocks;
import io.pdgitops.plan.OnCallResend;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import java.util.List;

/**
 * A plan for pull-request comments: a summary line, a table of steps, then each step's field changes
 * in a {@code diff} code block. Long plans fold the field changes into {@code <details>} so the
 * comment stays readable.
 */
public final class MarkdownPlanRenderer {

    /** Plans with more steps than this fold their field changes. */
    public static final int FOLD_AFTER_STEPS = 10;

    public String render(Plan plan) {
        return render(plan, List.of());
    }

    /**
     * @param onCall how the plan's schedule steps move on-call time (see
     *     {@link io.pdgitops.plan.PlanOnCall}); shown after the field changes
     */
    public String render(Plan plan, List<OnCallDifference> onCall) {
        StringBuilder out = new StringBuilder();
        plan.refusal().ifPresent(reason -> out.append("> **Refused:** ").append(escape(reason)).append("\n\n"));
        if (PlanWords.isEmpty(plan)) {
            out.append("**").append(PlanWords.noChanges(plan.summary())).append("**\n");
        } else {
            out.append("**").append(PlanWords.summary(plan.summary())).append("**\n\n");
            appendTable(plan, out);
            appendChanges(plan, out);
            out.append(new OnCallDifferenceMarkdown().render(onCall));
        }
        out.append(OnCallDriftBlocks.markdown(plan.onCallToShow()));
        if (!plan.notes().isEmpty()) {
            out.append("\n**Notes**\n\n");
            plan.notes().forEach(note -> out.append("- ").append(escape(note)).append('\n'));
        }
        return out.toString();
    }

    private static void appendTable(Plan plan, StringBuilder out) {
        out.append("| # | Action | Object | PagerDuty id | After |\n");
        out.append("|---|---|---|---|---|\n");
        for (PlanStep step : plan.steps()) {
            out.append("| ").append(step.id())
                    .append(" | ").append(PlanWords.verb(step))
                    .append(" | ").append(cell(step.key() + PlanWords.declaredIn(step)))
                    .append(" | ").append(step.liveId().map(MarkdownPlanRenderer::cell).orElse(""))
                    .append(" | ").append(String.join(", ", step.dependsOn()))
                    .append(" |\n");
        }
    }

    private static void appendChanges(Plan plan, StringBuilder out) {
        boolean fold = plan.steps().size() > FOLD_AFTER_STEPS;
        if (fold) {
            out.append("\n<details><summary>Field changes of ").append(plan.steps().size()).append(" steps</summary>\n");
        }
        for (PlanStep step : plan.steps()) {
            if (OnCallResend.isResend(plan, step)) {
                out.append("\n**").append(step.id()).append(". ").append(escape(PlanWords.headline(step))).append("**\n\n- ")
                        .append(OnCallResend.REASON).append('\n');
            }
            if (step.changes().isEmpty()) {
                continue;
            }
            out.append("\n**").append(step.id()).append(". ").append(escape(PlanWords.headline(step))).append("**\n\n");
            out.append("```diff\n");
            for (FieldChange change : step.changes()) {
                PlanWords.diffLines(change).forEach(line -> out.append(line.replace("```", "'''")).append('\n'));
            }
            out.append("```\n");
            step.rotations().forEach(rotation -> out.append("\n- ").append(escape(PlanWords.rotation(rotation))));
            if (!step.rotations().isEmpty()) {
                out.append('\n');
            }
        }
        if (fold) {
            out.append("\n</details>\n");
        }
    }

    /** Table cells: a pipe would end the cell, a newline the row. */
    private static String cell(String text) {
        return escape(text).replace("|", "\\|").replace("\n", " ");
    }

    /** Keeps names from opening HTML tags in the comment, or breaking its lines. */
    private static String escape(String text) {
        return PlanWords.sentence(text).replace("<", "&lt;").replace(">", "&gt;");
    }
}
