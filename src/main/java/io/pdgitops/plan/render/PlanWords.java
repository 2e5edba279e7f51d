package io.pdgitops.plan.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.diff.RotationDecision;
import io.pdgitops.model.DisplayText;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.PlanSummary;
import io.pdgitops.plan.StepAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phrases the text and Markdown renderings share, so both read the same. Names, paths and values come from the
 * repository or PagerDuty: every phrase holding one is escaped ({@link DisplayText}), so a name with a line break or
 * an escape sequence cannot forge a line or repaint a terminal. JSON is not rendered from these phrases.
 */
final class PlanWords {

    private PlanWords() {
    }

    static String summary(PlanSummary summary) {
        String line = "Plan: " + summary.create() + " to create, " + summary.update() + " to update, "
                + summary.delete() + " to delete, " + summary.noOp() + " unchanged";
        return summary.ambiguous() == 0 ? line + "." : line + ", " + summary.ambiguous() + " ambiguous.";
    }

    /** Nothing to do and nothing to look at: an ambiguity is worth the summary line even without steps. */
    static boolean isEmpty(Plan plan) {
        return !plan.hasChanges() && plan.summary().ambiguous() == 0;
    }

    static String noChanges(PlanSummary summary) {
        return "No changes: PagerDuty matches Git (" + summary.noOp() + " unchanged).";
    }

    /** A note or refusal: sentences that quote names. */
    static String sentence(String text) {
        return DisplayText.escape(text);
    }

    static String action(StepAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    static char marker(StepAction action) {
        return switch (action) {
            case CREATE -> '+';
            case UPDATE -> '~';
            case DELETE -> '-';
        };
    }

    /**
     * {@code create Team `Ops` [PT1] (after 1, 2)}, {@code delete Team `Ops` [PT1] (declared in teams/ops.yaml)},
     * {@code reset event rules of Service `DB` [PS1] (no longer declared)}.
     */
    static String headline(PlanStep step) {
        String id = step.liveId().map(liveId -> " [" + liveId + "]").orElse("");
        String after = step.dependsOn().isEmpty() ? "" : " (after " + String.join(", ", step.dependsOn()) + ")";
        String where = isRulesReset(step) ? " (no longer declared)" : declaredIn(step);
        return DisplayText.escape(verb(step) + " " + step.key() + id + after + where);
    }

    /** What the step does, in a word: its action, except a prune of event rules, which resets them. */
    static String verb(PlanStep step) {
        return isRulesReset(step) ? "reset" : action(step.action());
    }

    /** A prune of event rules: the service stays, its orchestration goes back to PagerDuty's default. */
    private static boolean isRulesReset(PlanStep step) {
        return step.action() == StepAction.DELETE && step.key().kind() == ResourceKind.EVENT_RULES;
    }

    /** Where a delete's object used to be declared, or nothing when the inventory does not say. */
    static String declaredIn(PlanStep step) {
        return step.declaredIn().map(file -> " (declared in " + DisplayText.escape(file) + ")").orElse("");
    }

    /** How a running layer whose users change is treated: said under its step in every format. */
    static String rotation(RotationDecision decision) {
        return DisplayText.escape("rotation " + decision.describe());
    }

    /** One line per side, as in a unified diff: {@code - path: live} then {@code + path: desired}. */
    static List<String> diffLines(FieldChange change) {
        List<String> lines = new ArrayList<>(2);
        change.live().ifPresent(live -> lines.add(DisplayText.escape("- " + change.path() + ": " + live)));
        change.desired().ifPresent(desired -> lines.add(DisplayText.escape("+ " + change.path() + ": " + desired)));
        return lines;
    }
}
