package io.pdgitops.cli;

/** The exit codes every command shares (see the README). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int CHANGES = 2;
    public static final int ERROR = 3;

    private ExitCodes() {
    }
}
