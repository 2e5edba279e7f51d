package io.pdgitops.oncall.render;

import io.pdgitops.model.DisplayText;
import io.pdgitops.oncall.OnCallDifference;
import java.util.List;

/** One line per changed schedule for the text plan; the Markdown plan has the details. */
public final class OnCallDifferenceText {

    public String render(List<OnCallDifference> differences) {
        if (differences.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nOn call in the next 14 days:\n");
        for (OnCallDifference difference : differences) {
            out.append(DisplayText.escape("  " + difference.schedule() + ": " + summary(difference))).append('\n');
        }
        return out.toString();
    }

    static String summary(OnCallDifference difference) {
        if (difference.isEmpty()) {
            return "no change";
        }
        StringBuilder line = new StringBuilder();
        line.append(difference.changes().size()).append(difference.changes().size() == 1 ? " period changes hands" : " periods change hands");
        List<String> people = difference.timeGained().entrySet().stream()
                .map(entry -> entry.getKey() + " " + (entry.getValue().isNegative() ? "" : "+") + PreviewTimes.hours(entry.getValue()))
                .toList();
        if (!people.isEmpty()) {
            line.append("; ").append(String.join(", ", people));
        }
        if (!difference.newGaps().isEmpty()) {
            line.append("; ").append(difference.newGaps().size()).append(difference.newGaps().size() == 1 ? " new gap" : " new gaps");
        }
        return line.toString();
    }
}
