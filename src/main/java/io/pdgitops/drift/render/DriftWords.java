package io.pdgitops.drift.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.ExportHint;
import io.pdgitops.drift.UnmanagedObject;

/** The sentences every drift format shares, so that text and Markdown say the same thing. */
final class DriftWords {

    static final String UNMANAGED_HINT_MANY = "pd-gitops leaves them alone; to manage one, export it with the command "
            + "shown and add the file to the repository (an integration comes with its service: copy it into the "
            + "service's integrations)";

    private DriftWords() {
    }

    static String headline(DriftReport report) {
        if (!report.hasDrift()) {
            return "No drift: " + objects(report.count(DriftStatus.IN_SYNC)) + " in sync"
                    + unmanagedSuffix(report) + ".";
        }
        return "Drift: " + report.count(DriftStatus.DRIFTED) + " drifted, " + report.count(DriftStatus.MISSING)
                + " missing, " + report.count(DriftStatus.AMBIGUOUS) + " ambiguous, "
                + report.count(DriftStatus.IN_SYNC) + " in sync" + onCallSuffix(report) + unmanagedSuffix(report) + ".";
    }

    static String status(DriftEntry entry) {
        return switch (entry.status()) {
            case IN_SYNC -> "in sync";
            case DRIFTED -> "drifted";
            case MISSING -> "missing from PagerDuty";
            case AMBIGUOUS -> "ambiguous: " + entry.liveIds().size() + " PagerDuty objects have this name ("
                    + String.join(", ", entry.liveIds()) + ")";
        };
    }

    static String ids(DriftEntry entry) {
        return entry.liveIds().size() == 1 ? " [" + entry.liveIds().get(0) + "]" : "";
    }

    static String change(FieldChange change) {
        return change.path() + ": Git " + change.desired().orElse("(none)") + ", PagerDuty "
                + change.live().orElse("(none)");
    }

    static String unmanagedHint(UnmanagedObject object) {
        return "pd-gitops leaves it alone; to manage it, export it with `" + ExportHint.command(object)
                + "` and " + (object.key().service().isPresent() ? "copy it into its service's integrations"
                        : "add the file to the repository");
    }

    static String unmanaged(UnmanagedObject object) {
        return object.key() + " [" + object.liveId() + "]";
    }

    private static String objects(long count) {
        return count + (count == 1 ? " object" : " objects");
    }

    private static String onCallSuffix(DriftReport report) {
        long drifted = report.onCallDrifted();
        return drifted == 0 ? "" : ", " + drifted + (drifted == 1 ? " schedule pages" : " schedules page")
                + " someone other than Git says";
    }

    private static String unmanagedSuffix(DriftReport report) {
        return report.unmanaged().isEmpty() ? "" : ", " + report.unmanaged().size() + " unmanaged";
    }
}
