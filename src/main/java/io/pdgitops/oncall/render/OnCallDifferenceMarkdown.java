package io.pdgitops.oncall.render;

import io.pdgitops.oncall.OnCallDifference;
import io.pdgitops.oncall.TimeRange;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The on-call section of a Markdown plan: per schedule, the periods whose person changes, who gains
 * and loses time, and the gaps the change opens. Long lists are cut so a comment stays readable.
 */
public final class OnCallDifferenceMarkdown {

    /** Rows of changes shown per schedule; the rest are counted. */
    public static final int MAX_ROWS = 30;

    public String render(List<OnCallDifference> differences) {
        if (differences.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n**On call in the next 14 days**\n");
        for (OnCallDifference difference : differences) {
            appendSchedule(difference, out);
        }
        return out.toString();
    }

    private static void appendSchedule(OnCallDifference difference, StringBuilder out) {
        ZoneId zone = difference.timeZone();
        out.append("\n*").append(Markdown.text(difference.schedule())).append("* (").append(zone).append(")");
        if (difference.isEmpty()) {
            out.append(": nobody's on-call time changes.\n");
            return;
        }
        out.append(difference.created() ? ": new schedule\n\n" : "\n\n");
        out.append("| From | To | Before | After |\n|---|---|---|---|\n");
        List<OnCallDifference.Change> changes = difference.changes();
        changes.stream().limit(MAX_ROWS).forEach(change -> out.append("| ").append(PreviewTimes.local(change.start(), zone))
                .append(" | ").append(PreviewTimes.local(change.end(), zone))
                .append(" | ").append(person(change.before()))
                .append(" | ").append(person(change.after())).append(" |\n"));
        if (changes.size() > MAX_ROWS) {
            out.append("\n").append(changes.size() - MAX_ROWS).append(" more changed periods not shown.\n");
        }
        if (!difference.timeGained().isEmpty()) {
            out.append("\nOn-call time: ");
            List<String> people = difference.timeGained().entrySet().stream()
                    .map(entry -> Markdown.text(entry.getKey()) + " "
                            + (entry.getValue().isNegative() ? "" : "+") + PreviewTimes.hours(entry.getValue()))
                    .toList();
            out.append(String.join(", ", people)).append('\n');
        }
        if (!difference.newGaps().isEmpty()) {
            out.append("\nNew gaps (nobody on call):\n\n");
            for (TimeRange gap : difference.newGaps()) {
                out.append("- ").append(PreviewTimes.local(gap.start(), zone)).append(" to ")
                        .append(PreviewTimes.local(gap.end(), zone)).append(" (").append(PreviewTimes.hours(gap.length())).append(")\n");
            }
        }
    }

    private static String person(Optional<String> person) {
        return person.map(Markdown::cell).orElse("*nobody*");
    }
}
