package io.pdgitops.cli;

import io.pdgitops.roster.SolverWarmUp;
import io.pdgitops.validate.SchemaValidator;
import java.util.Set;

/**
 * Gets a short command's expensive first uses going on a second thread while the main one sets up the command line
 * and reads the repository's files: compiling the bundled JSON Schemas (shared by every loader) and a first roster
 * compilation, which loads the solver. On a machine with two cores this takes them off the command's wall time.
 */
final class WarmUp {

    /** The commands that read a configuration repository. */
    static final Set<String> READING_A_REPOSITORY = Set.of("validate", "plan", "apply", "adopt", "drift", "preview",
            "export", "import");

    private WarmUp() {
    }

    static void startFor(String command) {
        if (!READING_A_REPOSITORY.contains(command)) {
            return;
        }
        Thread thread = new Thread(WarmUp::run, "pd-gitops-warm-up");
        thread.setDaemon(true); // never holds the process up: the command does whatever the warm-up did not finish
        thread.start();
    }

    private static void run() {
        try {
            SchemaValidator.shared();
            SolverWarmUp.run();
        } catch (RuntimeException | LinkageError e) {
            // Nothing to report here: the command meets the same failure on its own thread and says so there.
        }
    }
}
