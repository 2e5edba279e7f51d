package io.pdgitops.cli;

import io.pdgitops.pagerduty.PagerDutyEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --sandbox-state}, shared by every command that reaches PagerDuty or, without a token, the sandbox. The
 * PagerDuty settings are read here alone, from the command line's context rather than the JVM's environment, so
 * every command sees the same token and a test can hand one in without touching the process.
 */
final class SandboxStateOption {

    @Option(names = "--sandbox-state", paramLabel = "FILE", defaultValue = ".pd-gitops/sandbox.json",
            description = "Without PAGERDUTY_TOKEN: the built-in sandbox keeps its state in this file. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path file;

    /** PagerDuty when the context's environment names a token, else the sandbox seeded from {@code repository}. */
    PagerDutyTarget target(CommandSpec spec, Path repository) throws IOException {
        return PagerDutyTarget.choose(CliContext.of(spec).environment(), repository, file,
                spec.commandLine().getErr());
    }

    /** Whether anything was ever reachable: a token in the context's environment, or a sandbox state file. */
    boolean reachable(CommandSpec spec) {
        return PagerDutyEnvironment.read(CliContext.of(spec).environment()).isPresent() || Files.isRegularFile(file);
    }
}
