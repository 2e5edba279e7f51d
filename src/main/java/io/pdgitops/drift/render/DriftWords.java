package io.pdgitops.drift.render;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;

/** The sentences every drift format shares, so that text and Markdown say the same thing. */
final class DriftWords {

    static final String UNMANAGED_HINT = "pd-gitops leaves it alone; export it to YAML and add it to the repository "
            + "to manage it";
    static final String UNMANAGED_HINT_MANY = "pd-gitops leaves them alone; export them to YAML and add them to the "
            + "repository to manage them";

    private DriftWords() {
    }

    static String headline(DriftReport report) {
        if (!report.hasDrift()) {
            return "No drift: " + objects(report.count(DriftStatus.IN_SYNC)) + " in sync"
                    + unmanagedSuffix(report) + ".";
        }
        return "Drift: " + report.count(DriftStatus.DRIFTED) + " drifted, " + report.count(DriftStatus.MISSING)
                + " missing, " + report.count(DriftStatus.AMBIGUOUS) + " ambiguous, "
                + report.count(DriftStatus.IN_SYNC) + " in sync" + unmanagedSuffix(report) + ".";
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

    static String unmanaged(UnmanagedObject object) {
        return object.key() + " [" + object.liveId() + "]";
    }

    private static String objects(long count) {
        return count + (count == 1 ? " object" : " objects");
    }

    private static String unmanagedSuffix(DriftReport report) {
        return report.unmanaged().isEmpty() ? "" : ", " + report.unmanaged().size() + " unmanaged";
    }
}
