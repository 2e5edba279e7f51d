package io.pdgitops.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the command line runs: its environment, whether standard output is a terminal, and the working directory.
 * Tests hand in their own to force a terminal, set {@code NO_COLOR} or start from a temporary folder without
 * touching the JVM's.
 */
record CliContext(Map<String, String> environment, boolean terminal, Path workingDirectory) {

    static CliContext system() {
        return new CliContext(System.getenv(), System.console() != null, Path.of(""));
    }

    /** The context the running command line was built with; the system's for a command run on its own. */
    static CliContext of(CommandSpec spec) {
        return spec.root().userObject() instanceof RootCommand root ? root.context() : system();
    }
}
