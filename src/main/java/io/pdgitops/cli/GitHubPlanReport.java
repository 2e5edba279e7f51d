package io.pdgitops.cli;

import io.pdgitops.model.DesiredState;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.report.Findings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A plan for GitHub Actions: one notice per step on the line that declares the object (deletions have none), an
 * error when the plan is refused, then the plan as text for the job log.
 */
final class GitHubPlanReport {

    private GitHubPlanReport() {
    }

    static String render(Plan plan, Optional<DesiredState> desired) {
        StringBuilder out = new StringBuilder();
        plan.refusal().ifPresent(reason -> out.append("::error title=pd-gitops plan refused::")
                .append(ValidationReport.data(reason)).append('\n'));
        for (PlanStep step : plan.steps()) {
            String what = step.action().name().toLowerCase(Locale.ROOT) + " " + step.key();
            out.append("::notice ");
            desired.flatMap(state -> Findings.declaredAt(state, step.key())).ifPresent(at -> out.append("file=")
                    .append(ValidationReport.property(at.file())).append(",line=").append(at.line()).append(','));
            out.append("title=").append(ValidationReport.property("pd-gitops plan: " + what)).append("::")
                    .append(ValidationReport.data(what)).append('\n');
        }
        return out.append(new TextPlanRenderer(false).render(plan)).toString();
    }

    /** Appends to the job summary file, as every step of a job does. */
    static void appendSummary(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
