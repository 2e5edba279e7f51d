package io.pdgitops.drift.render;

import io.pdgitops.model.DisplayText;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.ExportHint;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.oncall.render.OnCallDriftBlocks;

/** Drift for an issue or pull-request comment: a table of objects, field differences as a list under each. */
public final class DriftMarkdownRenderer {

    public String render(DriftReport report) {
        StringBuilder out = new StringBuilder("### pd-gitops drift\n\n").append(DriftWords.headline(report)).append("\n");
        if (report.hasDrift()) {
            out.append("\n| object | status |\n|---|---|\n");
            for (DriftEntry entry : report.entries()) {
                if (entry.status() != DriftStatus.IN_SYNC) {
                    out.append("| ").append(cell(entry.key() + DriftWords.ids(entry))).append(" | ")
                            .append(cell(DriftWords.status(entry))).append(" |\n");
                }
            }
            for (DriftEntry entry : report.entries()) {
                if (!entry.changes().isEmpty()) {
                    out.append("\n**").append(cell(entry.key().toString())).append("**\n\n");
                    for (FieldChange change : entry.changes()) {
                        out.append("- `").append(DisplayText.escape(change.path())).append("`: Git ")
                                .append(code(change.desired().orElse("(none)"))).append(", PagerDuty ")
                                .append(code(change.live().orElse("(none)"))).append('\n');
                    }
                }
            }
        }
        out.append(OnCallDriftBlocks.markdown(report.onCall()));
        if (!report.unmanaged().isEmpty()) {
            out.append("\n**Unmanaged**, not declared in Git: ").append(DriftWords.UNMANAGED_HINT_MANY)
                    .append(".\n\n");
            for (UnmanagedObject object : report.unmanaged()) {
                out.append("- ").append(cell(DriftWords.unmanaged(object))).append(": ")
                        .append(code(ExportHint.command(object))).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Names and values from Git or PagerDuty: escaped, so one stays on its line and repaints nothing, and with
     * {@code <} and {@code >} as entities, as in the plan comment, so a name cannot open an HTML tag in the comment.
     */
    private static String cell(String text) {
        return DisplayText.escape(text).replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }

    private static String code(String text) {
        return "`` " + DisplayText.escape(text) + " ``";
    }
}
