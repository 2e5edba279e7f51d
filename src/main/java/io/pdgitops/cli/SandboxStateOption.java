package io.pdgitops.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --sandbox-state}, shared by every command that reaches PagerDuty or, without a token, the sandbox. */
final class SandboxStateOption {

    @Option(names = "--sandbox-state", paramLabel = "FILE", defaultValue = ".pd-gitops/sandbox.json",
            description = "Without PAGERDUTY_TOKEN: the built-in sandbox keeps its state in this file. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path file;

    /** PagerDuty when the environment names a token, else the sandbox seeded from {@code repository}. */
    PagerDutyTarget target(Map<String, String> environment, Path repository, PrintWriter err) throws IOException {
        return PagerDutyTarget.choose(environment, repository, file, err);
    }
}
