package io.pdgitops.review;

import io.pdgitops.model.DisplayText;
import io.pdgitops.check.CheckResult;
import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.source.CommitInfo;
import io.pdgitops.validate.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A check in Markdown: a headline, the commit, every error linked to its file and line, then the plan. The same
 * text answers {@code POST /api/v1/validate} and forms the body of the pull-request comment.
 */
public final class CheckMarkdown {

    /** Plans longer than this many lines are folded into {@code <details>}. */
    public static final int FOLD_PLAN_AFTER_LINES = 40;
    /** GitHub refuses comments over 65536 characters; the plan is cut to leave room for the rest. */
    public static final int MAX_PLAN_CHARS = 60_000;

    private final FileLinks links;

    public CheckMarkdown(FileLinks links) {
        this.links = links;
    }

    public String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        out.append("### pd-gitops: ").append(headline(result)).append("\n\n");
        result.commit().ifPresent(commit -> out.append(commitLine(commit)).append("\n\n"));
        if (!result.errors().isEmpty()) {
            appendErrors(result, out);
        }
        result.plan().ifPresent(plan -> appendPlan(plan, result.onCall(), out));
        out.append("Nothing is applied until the change is merged.\n");
        return out.toString();
    }

    private static String headline(CheckResult result) {
        String mark = CheckStatus.passes(result.outcome()) ? "✅ " : "❌ ";
        return mark + switch (result.outcome()) {
            case CHANGES -> "valid; " + CheckStatus.counts(result);
            case NO_CHANGES -> "valid; no changes to PagerDuty";
            case REFUSED -> "valid, but a sync would refuse the plan";
            case INVALID -> CheckStatus.plural(result.errors().size(), "error") + "; nothing would be applied";
            case FAILED -> "the check could not be made";
        };
    }

    private static String commitLine(CommitInfo commit) {
        return "Commit `" + commit.id().substring(0, Math.min(12, commit.id().length())) + "` by "
                + escape(commit.authorName()) + " &lt;" + escape(commit.authorEmail()) + "&gt;: "
                + escape(commit.subject());
    }

    private void appendErrors(CheckResult result, StringBuilder out) {
        out.append("**Errors**\n\n");
        for (Problem error : result.errors()) {
            String where = DisplayText.escape(error.where()).replace("`", "'");
            String place = (error.pointsAtFile() ? links.to(error.file(), error.line()) : Optional.<String>empty())
                    .map(url -> "[`" + where + "`](" + url + ")").orElse("`" + where + "`");
            out.append("- ").append(place).append(": ").append(escape(oneLine(error.message()))).append('\n');
        }
        out.append('\n');
    }

    private static void appendPlan(Plan plan, List<OnCallDifference> onCall, StringBuilder out) {
        String rendered = new MarkdownPlanRenderer().render(plan, onCall);
        if (rendered.length() > MAX_PLAN_CHARS) {
            rendered = rendered.substring(0, rendered.lastIndexOf('\n', MAX_PLAN_CHARS) + 1)
                    + "\n... the plan is too long for a comment; run `pd-gitops plan` to see all of it.\n";
        }
        boolean fold = rendered.lines().count() > FOLD_PLAN_AFTER_LINES;
        if (fold) {
            out.append("<details><summary>Plan: ").append(plan.steps().size()).append(" steps</summary>\n\n");
        }
        out.append(rendered);
        if (fold) {
            out.append("\n</details>\n");
        }
        out.append('\n');
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }

    /** Text from the commit or the repository: no HTML tag, no control character (they would reach the log too). */
    private static String escape(String text) {
        return DisplayText.escape(text).replace("<", "&lt;").replace(">", "&gt;");
    }
}
