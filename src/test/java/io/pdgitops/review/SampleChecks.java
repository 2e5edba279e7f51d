package io.pdgitops.review;

import io.pdgitops.check.CheckOutcome;
import io.pdgitops.check.CheckResult;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.PlanSummary;
import io.pdgitops.plan.StepAction;
import io.pdgitops.source.CommitInfo;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Check results built by hand, so each rendering test knows exactly what it renders. */
final class SampleChecks {

    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final CommitInfo COMMIT = new CommitInfo(SHA, "Hanako Sato", "hanako@example.com",
            "Move <payments> to the day shift", Instant.parse("2026-03-01T09:30:00Z"));
    static final FileLinks GITHUB_LINKS = FileLinks.github("https://github.com/acme/pd/", SHA, "pd");

    private SampleChecks() {
    }

    static CheckResult named(String name) {
        return switch (name) {
            case "changes" -> changes();
            case "no-changes" -> planned(CheckOutcome.NO_CHANGES, new Plan(PlanStatus.READY, Optional.empty(),
                    List.of(), List.of(), List.of(), new PlanSummary(0, 0, 0, 5, 0)));
            case "invalid" -> invalid();
            case "failed" -> new CheckResult("refs/pull/7/head", Optional.empty(), CheckOutcome.FAILED,
                    List.of(Problem.from(ProblemSource.GIT, "ref 'refs/pull/7/head' does not exist")),
                    Optional.empty(), 0);
            case "refused" -> planned(CheckOutcome.REFUSED, new Plan(PlanStatus.REFUSED,
                    Optional.of("the plan deletes 2 objects, more than max_deletions (1)"),
                    List.of(step(1, StepAction.DELETE, "Old A"), step(2, StepAction.DELETE, "Old B")), List.of(),
                    List.of(), new PlanSummary(0, 0, 2, 3, 0)));
            case "long-plan" -> planned(CheckOutcome.CHANGES, creates(30));
            default -> throw new IllegalArgumentException("no sample check " + name);
        };
    }

    static CheckResult changes() {
        PlanStep team = new PlanStep("1", StepAction.CREATE, key(ResourceKind.TEAM, "Ops Osaka"), Optional.empty(),
                List.of(FieldChange.of("description", "\"Osaka shift\"", null)), List.of());
        PlanStep service = new PlanStep("2", StepAction.UPDATE, key(ResourceKind.SERVICE, "Payments API"),
                Optional.of("PSVC1"), List.of(FieldChange.of("auto_resolve_timeout", "2h", "4h")), List.of("1"));
        return planned(CheckOutcome.CHANGES, new Plan(PlanStatus.READY, Optional.empty(), List.of(team, service),
                List.of(), List.of(), new PlanSummary(1, 1, 0, 3, 0)));
    }

    static CheckResult invalid() {
        return new CheckResult(SHA, Optional.of(COMMIT), CheckOutcome.INVALID, List.of(
                Problem.inFile("services/payments.yaml", 5, "`auto_resolve_timeout`: 'soon' is not a duration"),
                Problem.inFile("schedules/ops day.yaml", 12, "unknown user `jiro@example.com`\nin layer 1")),
                Optional.empty(), 7);
    }

    static Plan creates(int count) {
        List<PlanStep> steps = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            steps.add(step(i, StepAction.CREATE, "Team " + i));
        }
        return new Plan(PlanStatus.READY, Optional.empty(), steps, List.of(), List.of(),
                new PlanSummary(count, 0, 0, 0, 0));
    }

    private static CheckResult planned(CheckOutcome outcome, Plan plan) {
        return new CheckResult(SHA, Optional.of(COMMIT), outcome, List.of(), Optional.of(plan), 5);
    }

    private static PlanStep step(int id, StepAction action, String team) {
        return new PlanStep(Integer.toString(id), action, key(ResourceKind.TEAM, team), Optional.empty(),
                action == StepAction.CREATE ? List.of(FieldChange.of("description", "\"" + team + "\"", null))
                        : List.of(), List.of());
    }

    private static ResourceKey key(ResourceKind kind, String name) {
        return new ResourceKey(kind, name, Optional.empty());
    }
}
