package io.pdgitops.cli;

import picocli.CommandLine.Command;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Show what apply would change in PagerDuty to match the repository.",
            "Without PAGERDUTY_TOKEN the built-in sandbox is used.",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 1 invalid config, 2 changes (with "
                    + "--detailed-exitcode), 3 error."
        })
public final class PlanCommand extends RepositoryCommand {

    @Override
    int run(PlanSession.Prepared prepared) {
        var plan = prepared.planned().plan();
        out().print(PlanSession.render(prepared.planned(), options.format));
        return options.detailedExitCode && plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
