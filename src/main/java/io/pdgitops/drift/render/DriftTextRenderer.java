package io.pdgitops.drift.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.oncall.render.OnCallDriftBlocks;

/** Drift for a terminal: one line per object that is not in sync, its fields indented below it. */
public final class DriftTextRenderer {

    public String render(DriftReport report) {
        StringBuilder out = new StringBuilder(DriftWords.headline(report)).append('\n');
        for (DriftEntry entry : report.entries()) {
            if (entry.status() == DriftStatus.IN_SYNC) {
                continue;
            }
            out.append(marker(entry.status())).append(' ').append(entry.key()).append(DriftWords.ids(entry))
                    .append(' ').append(DriftWords.status(entry)).append('\n');
            for (FieldChange change : entry.changes()) {
                out.append("    ").append(DriftWords.change(change)).append('\n');
            }
        }
        out.append(OnCallDriftBlocks.text(report.onCall()));
        for (UnmanagedObject object : report.unmanaged()) {
            out.append("? ").append(DriftWords.unmanaged(object)).append(" unmanaged, not declared in Git: ")
                    .append(DriftWords.unmanagedHint(object)).append('\n');
        }
        return out.toString();
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
