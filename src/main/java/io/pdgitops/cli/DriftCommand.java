package io.pdgitops.cli;

import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftMarkdownRenderer;
import io.pdgitops.drift.render.DriftTextRenderer;
import picocli.CommandLine.Command;

@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {
            "Report where PagerDuty differs from the repository, and change nothing.",
            "Drift is a drifted field or a missing object; objects PagerDuty has that the repository does not "
                    + "declare are listed as unmanaged.",
            "Exit codes: 0 ok, 1 invalid config, 2 drift (with --detailed-exitcode; unmanaged objects alone are not "
                    + "drift), 3 error."
        })
public final class DriftCommand extends RepositoryCommand {

    @Override
    int run(PlanSession.Prepared prepared) {
        DriftReport drift = DriftReport.of(prepared.planned().diff());
        String text = switch (options.format) {
            case TEXT -> new DriftTextRenderer().render(drift);
            case MARKDOWN, GITHUB -> new DriftMarkdownRenderer().render(drift);
            case JSON -> new DriftJsonRenderer().render(drift);
        };
        out().print(text);
        return options.detailedExitCode && drift.hasDrift() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
