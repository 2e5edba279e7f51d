package io.pdgitops.cli;

import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.render.DriftJsonRenderer;
import io.pdgitops.drift.render.DriftMarkdownRenderer;
import io.pdgitops.drift.render.DriftTextRenderer;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {
            "Report where PagerDuty differs from the repository: drifted fields, missing objects, and objects",
            "PagerDuty has that the repository does not declare (unmanaged). Changes nothing.",
            "Exit codes: 0 ok, 1 invalid config, 2 drift (with --detailed-exitcode; unmanaged objects alone are not "
                    + "drift), 3 error."
        })
public final class DriftCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<PlanSession.Prepared> prepared = PlanSession.prepare(options, spec);
        if (prepared.isEmpty()) {
            return ExitCodes.INVALID;
        }
        DriftReport drift = DriftReport.of(prepared.get().planned().diff());
        String text = switch (options.format) {
            case TEXT -> new DriftTextRenderer().render(drift);
            case MARKDOWN -> new DriftMarkdownRenderer().render(drift);
            case JSON -> new DriftJsonRenderer().render(drift);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return options.detailedExitCode && drift.hasDrift() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
