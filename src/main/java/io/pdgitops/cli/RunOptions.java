package io.pdgitops.cli;

import io.pdgitops.oncall.OnCallDrifts;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code plan}, {@code apply} and {@code drift} share: the repository, the target and the output. */
final class RunOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = DefaultFolder.HELP)
    Path dir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = PlanFormat.Converter.class,
            description = "Output: text, markdown, json or github (GitHub Actions annotations; plan also writes "
                    + "Markdown to --step-summary; drift prints Markdown). Default: ${DEFAULT-VALUE}.")
    PlanFormat format;

    @Option(names = "--step-summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "With --format github: the job summary file plan appends its Markdown report to. "
                    + "Default: $GITHUB_STEP_SUMMARY, set by GitHub Actions.")
    Path stepSummary;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when there are changes or drift.")
    boolean detailedExitCode;

    @Mixin
    SandboxStateOption sandboxState;

    @Option(names = "--prune-from", paramLabel = "INVENTORY_FILE",
            description = "What an earlier apply declared (see apply --save-inventory): with sync.prune on, objects "
                    + "listed there that Git no longer declares are deleted. Without it nothing is pruned.")
    Path pruneFrom;

    @Option(names = "--force", description = "Accept a plan that deletes more than sync.max_deletions.")
    boolean force;

    @Option(names = "--horizon-days", paramLabel = "N", defaultValue = "" + OnCallDrifts.DEFAULT_HORIZON_DAYS,
            description = "How many days ahead to compare who PagerDuty's final schedules page with who the "
                    + "repository says (1.." + OnCallDrifts.MAX_HORIZON_DAYS + "; plan and apply also take 0: no "
                    + "comparison, fields only). Default: ${DEFAULT-VALUE}.")
    int horizonDays;
}
