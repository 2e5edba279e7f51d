package io.pdgitops.cli;

import io.pdgitops.load.LoadResult;
import io.pdgitops.report.Findings;
import io.pdgitops.check.CheckResult;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Show what apply would change in PagerDuty to match the repository.",
            "Without PAGERDUTY_TOKEN the built-in sandbox is used. In GitHub Actions, --format github annotates "
                    + "the changed objects and writes the report to the job summary.",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 1 invalid config or a declared object that "
                    + "matches several PagerDuty objects, 2 changes (with "
                    + "--detailed-exitcode), 3 error."
        })
public final class PlanCommand extends RepositoryCommand {

    @Mixin
    CiReportOptions reports;

    @Override
    void invalid(LoadResult loaded) throws IOException {
        reports.write(Findings.ofValidation(loaded, "plan"), Instant.now());
    }

    @Override
    int run(PlanSession.Prepared prepared) throws IOException {
        var plan = prepared.planned().plan();
        if (options.format == PlanFormat.GITHUB) {
            out().print(GitHubPlanReport.render(plan, Optional.of(prepared.planned().desired())));
            PlanSession.stepSummary(options, CheckResult.planned(options.dir.toString(), Optional.empty(), plan,
                    prepared.planned().desired().objectCount(), prepared.planned().onCallDifferences()));
        } else {
            out().print(PlanSession.render(prepared.planned(), options, spec));
        }
        reports.write(Findings.ofPlan(plan, prepared.planned().desired()), Instant.now());
        out().flush();
        Optional<Integer> ambiguous = ambiguous(plan);
        if (ambiguous.isPresent()) {
            return ambiguous.get();
        }
        return options.detailedExitCode && plan.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
