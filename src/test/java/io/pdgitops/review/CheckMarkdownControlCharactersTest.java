package io.pdgitops.review;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A pull-request comment (and the answer of {@code POST /api/v1/validate}, the same text) holds no raw control
 * character from file names, commit text or plan values: Markdown viewers, mail notifications and CI logs show it.
 */
class CheckMarkdownControlCharactersTest {

    private static final String FORGED = "2026-12-04 10:00:00,000 INFO  [io.pdgitops] check passed";

    private static void assertSafe(String markdown) {
        assertThat(markdown.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == '\u202e')))
                .as(markdown).isEmpty();
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith(FORGED));
    }

    @Test
    void errorsAtAHostileFileAndAHostileCommitAreEscaped() {
        CommitInfo commit = new CommitInfo(SampleChecks.SHA, "Eve\u001b[8m", "eve@example.com",
                "fix\n" + FORGED, Instant.parse("2026-03-01T09:30:00Z"));
        CheckResult result = new CheckResult(SampleChecks.SHA, Optional.of(commit), CheckOutcome.INVALID,
                List.of(Problem.inFile("evil\n\u001b[31m.yaml", 3, "unknown field `x\u202e`")), Optional.empty(), 1);

        String markdown = new CheckMarkdown(FileLinks.none()).render(result);

        assertSafe(markdown);
        assertThat(markdown).contains("`evil\\n\\u001b[31m.yaml:3`");
    }

    @Test
    void aPlanWithHostileNamesAndValuesIsEscaped() {
        PlanStep step = new PlanStep("1", StepAction.CREATE,
                new ResourceKey(ResourceKind.TEAM, "Ops\u001b[2J\n" + FORGED, Optional.empty()), Optional.empty(),
                List.of(FieldChange.of("description", "\"a\n" + FORGED + "\u202e\"", null)), List.of());
        Plan plan = new Plan(PlanStatus.READY, Optional.empty(), List.of(step), List.of(),
                List.of("note about `Ops\n" + FORGED + "`"), new PlanSummary(1, 0, 0, 0, 0));
        CheckResult result = new CheckResult(SampleChecks.SHA, Optional.empty(), CheckOutcome.CHANGES, List.of(),
                Optional.of(plan), 1);

        String markdown = new CheckMarkdown(FileLinks.none()).render(result);

        assertSafe(markdown);
        assertThat(markdown).contains("Ops\\u001b[2J\\n" + FORGED);
    }
}
