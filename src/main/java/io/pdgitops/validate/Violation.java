package io.pdgitops.validate;

import io.pdgitops.model.SourceLocation;
import java.util.Comparator;

/** One problem found in a configuration repository, pointing at a file position. */
public record Violation(Severity severity, ViolationCode code, SourceLocation location, String message) {

    /** Sorted by file, then line, then column, then code: the order people read a report in. */
    public static final Comparator<Violation> BY_POSITION = Comparator
            .comparing((Violation v) -> v.location().file())
            .thenComparingInt(v -> v.location().line())
            .thenComparingInt(v -> v.location().column())
            .thenComparing(v -> v.code().id())
            .thenComparing(Violation::message);

    public static Violation error(ViolationCode code, SourceLocation location, String message) {
        return new Violation(Severity.ERROR, code, location, message);
    }

    /** {@code file:line:col: error CODE message}. */
    public String format() {
        return location + ": " + severity.label() + " " + code.id() + " " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
