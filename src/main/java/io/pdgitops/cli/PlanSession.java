package io.pdgitops.cli;

import io.pdgitops.check.CheckResult;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.oncall.render.OnCallDifferenceText;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.render.JsonPlanRenderer;
import io.pdgitops.plan.render.MarkdownPlanRenderer;
import io.pdgitops.plan.render.TextPlanRenderer;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.reconcile.UnknownReferencesException;
import io.pdgitops.review.CheckMarkdown;
import io.pdgitops.review.FileLinks;
import io.pdgitops.state.InventoryFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** Load and validate the repository, choose the target, read it and plan: the first half of every run. */
final class PlanSession {

    static final String NO_PRUNE_NOTE = "prune is off for this run: pass --prune-from INVENTORY_FILE (written by "
            + "apply --save-inventory) to delete what an earlier apply declared and Git no longer does";

    /** @param inventory what {@code --prune-from} recorded, adoptions included; none without it */
    record Prepared(Reconciler reconciler, Reconciler.Planned planned, PagerDutyTarget target, Inventory inventory) {
    }

    private PlanSession() {
    }

    /** What a command adds when the repository is invalid, after the errors are printed. */
    @FunctionalInterface
    interface InvalidRepository {
        void invalid(LoadResult loaded) throws IOException;
    }

    /** Empty when the repository is invalid: its errors are printed, as {@code validate} prints them. */
    static Optional<Prepared> prepare(RunOptions options, CommandSpec spec, InvalidRepository onInvalid)
            throws IOException {
        options.dir = DefaultFolder.orDefault(options.dir, spec);
        if (!Files.isDirectory(options.dir)) {
            throw new IllegalArgumentException("not a directory: " + options.dir);
        }
        LoadResult loaded = ConfigLoader.load(options.dir);
        if (!loaded.isValid()) {
            reportInvalid(options, spec, loaded, onInvalid);
            return Optional.empty();
        }
        DesiredState desired = loaded.state();
        if (options.pruneFrom != null && !Files.isRegularFile(options.pruneFrom)) {
            throw new IllegalArgumentException("--prune-from: no inventory file at " + options.pruneFrom
                    + " (apply --save-inventory writes one)");
        }
        Inventory inventory = options.pruneFrom == null ? Inventory.none() : InventoryFile.read(options.pruneFrom);
        PagerDutyTarget target = options.sandboxState.target(spec, options.dir);
        try {
            return Optional.of(plan(options, desired, inventory, target, CliContext.of(spec).environment()));
        } catch (UnknownReferencesException e) {
            target.close();
            // Emails the account does not have make the repository invalid for this account: reported like errors.
            reportInvalid(options, spec, e.addedTo(loaded), onInvalid);
            return Optional.empty();
        } catch (RuntimeException e) {
            target.close(); // the caller closes it after a plan; without one, nobody else would
            throw e;
        }
    }

    private static void reportInvalid(RunOptions options, CommandSpec spec, LoadResult loaded,
            InvalidRepository onInvalid) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ValidationReport.render(loaded, switch (options.format) {
            case JSON -> ReportFormat.JSON;
            case GITHUB -> ReportFormat.GITHUB;
            default -> ReportFormat.TEXT;
        }));
        out.flush();
        if (options.format == PlanFormat.GITHUB) {
            stepSummary(options, CheckResult.invalid(options.dir.toString(), Optional.empty(), loaded));
        }
        onInvalid.invalid(loaded);
    }

    /** @param environment where webhook custom headers take their values from when an apply creates them */
    private static Prepared plan(RunOptions options, DesiredState desired, Inventory inventory,
            PagerDutyTarget target, Map<String, String> environment) {
        PagerDutyClient client = target.client();
        Reconciler reconciler = new Reconciler(client, Clock.systemUTC()).withOnCallHorizon(options.horizonDays)
                .withEnvironment(name -> Optional.ofNullable(environment.get(name)));
        boolean pruneWithoutRecord = options.pruneFrom == null && desired.settings().sync().prune();
        // Without a record the planner could only say that nothing is pruned; the CLI says how to change that.
        PlanOptions planOptions = PlanOptions.from(desired.settings().sync(), options.force);
        if (pruneWithoutRecord) {
            planOptions = new PlanOptions(false, planOptions.maxDeletions(), planOptions.force());
        }
        Reconciler.Planned planned = reconciler.plan(desired, inventory, planOptions);
        if (pruneWithoutRecord) {
            planned = new Reconciler.Planned(planned.desired(), planned.account(), planned.diff(),
                    withNote(planned.plan(), NO_PRUNE_NOTE));
        }
        return new Prepared(reconciler, planned, target, inventory);
    }

    /** The report a pull request would get, in the job summary when there is one. */
    static void stepSummary(RunOptions options, CheckResult result) throws IOException {
        if (options.stepSummary != null && options.format == PlanFormat.GITHUB) {
            GitHubPlanReport.appendSummary(options.stepSummary, new CheckMarkdown(FileLinks.none()).render(result));
        }
    }

    static String render(Reconciler.Planned planned, RunOptions options, CommandSpec spec) {
        PlanFormat format = options.format;
        boolean color = ColorOption.wanted(spec);
        Plan plan = planned.plan();
        return switch (format) {
            case GITHUB -> GitHubPlanReport.render(plan, Optional.empty());
            case TEXT -> new TextPlanRenderer(color).render(plan)
                    + new OnCallDifferenceText().render(planned.onCallDifferences());
            case MARKDOWN -> new MarkdownPlanRenderer().render(plan, planned.onCallDifferences());
            case JSON -> new JsonPlanRenderer().render(plan);
        };
    }

    private static Plan withNote(Plan plan, String note) {
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add(note);
        return new Plan(plan.status(), plan.refusal(), plan.steps(), plan.ambiguous(), notes, plan.summary(),
                plan.onCall(), plan.windows());
    }
}
