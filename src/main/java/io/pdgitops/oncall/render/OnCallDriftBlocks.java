package io.pdgitops.oncall.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.DisplayText;
import io.pdgitops.oncall.OnCallDrift;
import java.util.List;

/**
 * Who PagerDuty pages against who Git says, as a block of a report: the drift report and the plan show the same
 * lines, so a shift that differs reads the same wherever it is found.
 */
public final class OnCallDriftBlocks {

    private OnCallDriftBlocks() {
    }

    /** A heading and one line per shift, schedules that differ marked {@code ~}; empty when nothing was compared. */
    public static String text(List<OnCallDrift> onCall) {
        if (onCall.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        line(out, OnCallDriftWords.heading(onCall) + ":");
        for (OnCallDrift drift : onCall) {
            line(out, (drift.drifted() ? "~ " : "  ") + OnCallDriftWords.schedule(drift));
            drift.differences().forEach(shift -> line(out, "    " + OnCallDriftWords.difference(drift, shift)));
            drift.overridden().forEach(shift -> line(out, "    " + OnCallDriftWords.overridden(drift, shift)));
        }
        return out.toString();
    }

    /** The same as a bold heading and a nested list; empty when nothing was compared. */
    public static String markdown(List<OnCallDrift> onCall) {
        if (onCall.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n**").append(OnCallDriftWords.heading(onCall)).append("**\n\n");
        for (OnCallDrift drift : onCall) {
            out.append("- ").append(cell(OnCallDriftWords.schedule(drift))).append('\n');
            drift.differences().forEach(shift -> out.append("  - ")
                    .append(cell(OnCallDriftWords.difference(drift, shift))).append('\n'));
            drift.overridden().forEach(shift -> out.append("  - ")
                    .append(cell(OnCallDriftWords.overridden(drift, shift))).append('\n'));
        }
        return out.toString();
    }

    /** One object per schedule: {@code schedule, time_zone, since, until, drift, differences, overridden}. */
    public static void json(ArrayNode array, List<OnCallDrift> onCall) {
        for (OnCallDrift drift : onCall) {
            ObjectNode schedule = array.addObject().put("schedule", drift.schedule())
                    .put("time_zone", drift.timeZone().getId())
                    .put("since", drift.range().start().toString()).put("until", drift.range().end().toString())
                    .put("drift", drift.drifted());
            shifts(schedule.putArray("differences"), drift.differences());
            shifts(schedule.putArray("overridden"), drift.overridden());
        }
    }

    private static void shifts(ArrayNode array, List<OnCallDrift.Shift> shifts) {
        for (OnCallDrift.Shift shift : shifts) {
            array.addObject().put("start", shift.start().toString()).put("end", shift.end().toString())
                    .put("git", shift.git().orElse(null)).put("pagerduty", shift.pagerDuty().orElse(null));
        }
    }

    /** Names from Git or PagerDuty cannot break or repaint a terminal line ({@link DisplayText}). */
    private static void line(StringBuilder out, String text) {
        out.append(DisplayText.escape(text)).append('\n');
    }

    /** A list item is one line, and a pipe must not end a table cell when the block is quoted in one. */
    private static String cell(String text) {
        return DisplayText.escape(text).replace("|", "\\|");
    }
}
