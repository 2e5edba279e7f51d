package io.pdgitops.report;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.validate.Severity;
import io.pdgitops.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns what {@code validate} and {@code plan} produce into findings for the CI reports. */
public final class Findings {

    /** Refusals and other repository-wide findings point here: the settings decide deletions limits and pruning. */
    static final SourceLocation SETTINGS = SourceLocation.startOf(RepoSettings.FILE_NAME);

    private Findings() {
    }

    /** {@code command} is the command that validated: {@code validate}, or {@code plan} on an invalid repository. */
    public static CheckFindings ofValidation(LoadResult result, String command) {
        List<Finding> findings = result.violations().stream().map(violation -> new Finding(
                violation.severity() == Severity.ERROR ? FindingLevel.ERROR : FindingLevel.WARNING,
                violation.code().id(), violation.code().summary(), violation.location(), violation.message()))
                .toList();
        return new CheckFindings(command, files(result.state(), findings), findings);
    }

    /** Each step is a note on the line that declares its object (deletions, no longer declared, on the settings). */
    public static CheckFindings ofPlan(Plan plan, DesiredState desired) {
        List<Finding> findings = new ArrayList<>();
        plan.refusal().ifPresent(reason -> findings.add(new Finding(FindingLevel.ERROR, "plan/refused",
                "The plan was refused, so nothing would be applied.", SETTINGS, reason)));
        for (PlanStep step : plan.steps()) {
            String action = step.action().name().toLowerCase(Locale.ROOT);
            findings.add(new Finding(FindingLevel.NOTE, "plan/" + action,
                    "Apply would " + action + " this object in PagerDuty.",
                    declaredAt(desired, step.key()).orElse(SETTINGS), action + " " + step.key()));
        }
        return new CheckFindings("plan", files(desired, findings), findings);
    }

    /**
     * The line that declares the object a plan step is about; an integration is declared inside its service (and
     * event rules are reset in theirs), and a maintenance window in its own document.
     */
    public static Optional<SourceLocation> declaredAt(DesiredState desired, ResourceKey key) {
        if (key.kind() == ResourceKind.MAINTENANCE_WINDOW) {
            return desired.maintenanceWindows().stream().filter(window -> window.name().equals(key.name()))
                    .findFirst().map(window -> window.origin().location());
        }
        boolean integration = key.kind() == ResourceKind.INTEGRATION;
        String name = integration ? key.service().orElse("") : key.name();
        boolean inService = integration || key.kind() == ResourceKind.EVENT_RULES;
        Optional<ObjectKind> kind = (inService ? ResourceKind.SERVICE : key.kind()).objectKind();
        return desired.objects().stream()
                .filter(object -> kind.equals(Optional.of(object.kind())) && object.name().equals(name))
                .findFirst().map(DeclaredObject::origin).map(origin -> origin.location());
    }

    private static List<String> files(DesiredState state, List<Finding> findings) {
        return new ArrayList<>(Stream.concat(
                state.objects().stream().map(object -> object.origin().location().file()),
                findings.stream().map(finding -> finding.location().file()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
