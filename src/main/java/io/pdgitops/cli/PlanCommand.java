package io.pdgitops.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Show what apply would change in PagerDuty to match the repository.",
            "Without PAGERDUTY_TOKEN the built-in sandbox is used.",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 1 invalid config, 2 changes (with "
                    + "--detailed-exitcode), 3 error."
        })
public final class PlanCommand implements Callable<Integer> {

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
        var plan = prepared.get().planned().plan();
        spec.commandLine().getOut().print(PlanSession.render(plan, options.format));
        spec.commandLine().getOut().flush();
        return options.detailedExitCode && plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
