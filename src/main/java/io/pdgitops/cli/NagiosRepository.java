package io.pdgitops.cli;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository the Nagios importer works on: it must be valid before, and is checked again after writing. */
final class NagiosRepository {

    private NagiosRepository() {
    }

    /** Empty, with the errors printed, when the repository is invalid: an import would only add to the mess. */
    static Optional<LoadResult> loadValid(Path repo, PrintWriter out) {
        if (!Files.isDirectory(repo)) {
            throw new IllegalArgumentException("--repo: not a directory: " + repo);
        }
        LoadResult loaded = ConfigLoader.load(repo);
        if (!loaded.isValid()) {
            out.print(ValidationReport.render(loaded, ReportFormat.TEXT));
            out.println("pd-gitops: fix the repository first; nothing was imported");
            out.flush();
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    /** Validates what was written, so that a broken result is seen at once rather than at the next sync. */
    static int checkWritten(Path repo, PrintWriter out) {
        LoadResult after = ConfigLoader.load(repo);
        out.print(ValidationReport.render(after, ReportFormat.TEXT));
        out.flush();
        return after.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
