package io.pdgitops.validate;

import java.util.Locale;

public enum Severity {
    ERROR,
    WARNING;

    /** The word used in formatted output: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
