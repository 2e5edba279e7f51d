package io.pdgitops.plan.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.oncall.render.OnCallDriftBlocks;
import io.pdgitops.plan.OnCallResend;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.StepAction;

/**
 * A plan for terminals. Colours are ANSI escapes, used only when asked: the caller decides
 * (a TTY, no {@code NO_COLOR}), so that files and CI logs stay plain.
 */
public final class TextPlanRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";

    private final boolean colour;

    public TextPlanRenderer(boolean colour) {
        this.colour = colour;
    }

    public String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        plan.refusal().ifPresent(reason -> out.append(paint(RED + BOLD, "REFUSED: " + PlanWords.sentence(reason))).append("\n\n"));
        if (PlanWords.isEmpty(plan)) {
            out.append(PlanWords.noChanges(plan.summary())).append('\n');
        } else {
            out.append(paint(BOLD, PlanWords.summary(plan.summary()))).append('\n');
            if (plan.hasChanges()) {
                out.append('\n');
                plan.steps().forEach(step -> appendStep(plan, step, out));
            }
        }
        String onCall = OnCallDriftBlocks.text(plan.onCallToShow());
        if (!onCall.isEmpty()) {
            out.append('\n').append(onCall);
        }
        if (!plan.notes().isEmpty()) {
            out.append('\n').append(paint(BOLD, "Notes:")).append('\n');
            plan.notes().forEach(note -> out.append("  - ").append(PlanWords.sentence(note)).append('\n'));
        }
        return out.toString();
    }

    private void appendStep(Plan plan, PlanStep step, StringBuilder out) {
        String headline = PlanWords.marker(step.action()) + " " + PlanWords.headline(step);
        out.append(String.format("%3s. ", step.id())).append(paint(colourOf(step.action()), headline)).append('\n');
        for (FieldChange change : step.changes()) {
            for (String line : PlanWords.diffLines(change)) {
                out.append("       ").append(paint(line.startsWith("+") ? GREEN : RED, line)).append('\n');
            }
        }
        step.rotations().forEach(rotation -> out.append("       ").append(PlanWords.rotation(rotation)).append('\n'));
        if (OnCallResend.isResend(plan, step)) {
            out.append("       ").append(OnCallResend.REASON).append('\n');
        }
    }

    private static String colourOf(StepAction action) {
        return switch (action) {
            case CREATE -> GREEN;
            case UPDATE -> YELLOW;
            case DELETE -> RED;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
