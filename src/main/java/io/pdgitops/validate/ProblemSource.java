package io.pdgitops.validate;

import java.util.Locale;

/**
 * Where a problem that stopped a sync or a check came from. Only {@link #FILE} points into the repository; the others
 * have no file to name, so they are not given a made-up one.
 */
public enum ProblemSource {
    /** A file of the configuration repository, at a line. */
    FILE,
    /** Reading the revision from Git: an unknown ref, an unreachable remote. */
    GIT,
    /** Reading PagerDuty's state before planning. */
    PAGERDUTY,
    /** The plan itself refused, or planning stopped. */
    PLAN;

    /** The lower-case name shown where a file name would be: {@code git}, {@code pagerduty}, {@code plan}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The source of a problem recorded before problems had one, when history kept a pseudo file name in its place.
     */
    static ProblemSource ofRecordedFile(String file) {
        for (ProblemSource source : values()) {
            if (source != FILE && ("(" + source.label() + ")").equals(file)) {
                return source;
            }
        }
        return FILE;
    }
}
