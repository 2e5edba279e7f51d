package io.pdgitops.drift.render;

import io.pdgitops.model.DisplayText;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.oncall.render.OnCallDriftBlocks;

/**
 * Drift for a terminal: one line per object that is not in sync, its fields indented below it. Every line is
 * escaped as a whole ({@link DisplayText}): names and values from Git or PagerDuty cannot break or repaint it.
 */
public final class DriftTextRenderer {

    public String render(DriftReport report) {
        StringBuilder out = new StringBuilder(DriftWords.headline(report)).append('\n');
        for (DriftEntry entry : report.entries()) {
            if (entry.status() == DriftStatus.IN_SYNC) {
                continue;
            }
            line(out, marker(entry.status()) + " " + entry.key() + DriftWords.ids(entry) + " "
                    + DriftWords.status(entry));
            for (FieldChange change : entry.changes()) {
                line(out, "    " + DriftWords.change(change));
            }
        }
        out.append(OnCallDriftBlocks.text(report.onCall()));
        for (UnmanagedObject object : report.unmanaged()) {
            line(out, "? " + DriftWords.unmanaged(object) + " unmanaged, not declared in Git: "
                    + DriftWords.unmanagedHint(object));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(DisplayText.escape(text)).append('\n');
    }

    private static char marker(DriftStatus status) {
        return switch (status) {
            case DRIFTED -> '~';
            case MISSING -> '+';
            case AMBIGUOUS -> '!';
            case IN_SYNC -> ' ';
        };
    }
}
