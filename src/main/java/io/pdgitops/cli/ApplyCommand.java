package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.apply.Applier;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.CreateLookup;
import io.pdgitops.apply.IntegrationSecret;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanStatus;
import io.pdgitops.state.InventoryFile;
import io.pdgitops.state.WriterLock;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = {
            "Change PagerDuty to match the repository: show the plan, ask for confirmation, apply it step by step.",
            "Without PAGERDUTY_TOKEN the built-in sandbox is used.",
            "Exit codes: 0 applied (or nothing to do), 1 invalid config or a declared object that matches several "
                    + "PagerDuty objects, 2 changes applied (with "
                    + "--detailed-exitcode), 3 error, refused plan, a failed step, or no confirmation."
        })
public final class ApplyCommand extends RepositoryCommand {

    @Option(names = "--auto-approve", description = "Apply without asking (needed without a terminal, e.g. in CI).")
    boolean autoApprove;

    @Option(names = "--show-secrets", description = "Print the integration keys of new integrations.")
    boolean showSecrets;

    @Option(names = "--keys-file", paramLabel = "FILE",
            description = "Write the integration keys of new integrations to FILE, readable only by its owner.")
    Path keysFile;

    @Option(names = "--save-inventory", paramLabel = "FILE",
            description = "After a fully successful apply, record what the repository declares, for a later "
                    + "--prune-from FILE.")
    Path saveInventory;

    @Option(names = "--fresh-read-margin", paramLabel = "DELAY", converter = MillisecondsConverter.class,
            defaultValue = "120s",
            description = "Creates trust the plan's live read when it started at most DELAY before the apply "
                    + "(default: ${DEFAULT-VALUE}); after an older read every create first looks up its name, "
                    + "one more call each. 0 always looks up.")
    long freshReadMarginMillis;

    private int parallelism = Applier.DEFAULT_PARALLELISM;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = Applier.DEFAULT_PARALLELISM + "",
            description = "Run up to N steps at once, each after the steps it depends on (default: "
                    + "${DEFAULT-VALUE}); 1 runs them one after another in plan order.")
    void parallelism(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1, was " + value);
        }
        parallelism = value;
    }

    /**
     * Applies under the lock of the inventory this run reads or writes, if any: that file is the state two applies
     * would share, and the second of two concurrent applies stops here, before its first write.
     */
    @Override
    int run(PlanSession.Prepared prepared) throws IOException {
        Path shared = saveInventory != null ? saveInventory : options.pruneFrom;
        if (shared == null) {
            return apply(prepared);
        }
        WriterLock lock;
        try {
            lock = WriterLock.beside(shared, "the inventory " + shared);
        } catch (WriterLock.HeldException held) {
            err().println("pd-gitops: " + held.getMessage());
            return ExitCodes.ERROR;
        }
        try (lock) {
            return apply(prepared);
        }
    }

    private int apply(PlanSession.Prepared prepared) throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        Plan plan = prepared.planned().plan();
        if (options.format != PlanFormat.JSON) {
            out.print(PlanSession.render(prepared.planned(), options, spec));
            out.flush();
        }
        Optional<Integer> ambiguous = ambiguous(plan);
        if (ambiguous.isPresent()) {
            return ambiguous.get();
        }
        if (plan.status() == PlanStatus.REFUSED) {
            err.println("pd-gitops: the plan is refused (" + DisplayText.escape(plan.refusal().orElse(""))
                    + "); nothing was applied");
            return ExitCodes.ERROR;
        }
        if (!plan.hasChanges()) {
            saveInventory(prepared);
            if (options.format == PlanFormat.JSON) {
                out.print(ApplyReport.json(plan, new ApplyResult(List.of(), List.of()), List.of()));
            }
            return ExitCodes.OK;
        }
        if (!autoApprove && !confirmed(plan, prepared.target(), err)) {
            return ExitCodes.ERROR;
        }
        int total = plan.steps().size();
        ApplyResult result = prepared.reconciler().withApplyParallelism(parallelism)
                .withCreateLookup(CreateLookup.trustingReadsFor(Duration.ofMillis(freshReadMarginMillis))).apply(prepared.planned(), outcome -> {
            if (options.format != PlanFormat.JSON) {
                out.println(ApplyReport.line(outcome, total));
                out.flush();
            }
        });
        report(plan, result);
        if (result.succeeded()) {
            saveInventory(prepared);
        } else if (saveInventory != null) {
            err.println("pd-gitops: the inventory in " + saveInventory + " is left as it was: not every step succeeded");
        }
        if (!result.succeeded()) {
            return ExitCodes.ERROR;
        }
        return options.detailedExitCode ? ExitCodes.CHANGES : ExitCodes.OK;
    }

    /** The outcome, and the keys of new integrations only where asked for. */
    private void report(Plan plan, ApplyResult result) throws IOException {
        List<IntegrationSecret> secrets = result.secrets();
        if (keysFile != null && !secrets.isEmpty()) {
            IntegrationKeys.write(secrets, keysFile);
            err().println("pd-gitops: " + secrets.size() + " integration keys written to " + keysFile);
        }
        if (options.format == PlanFormat.JSON) {
            out().print(ApplyReport.json(plan, result, showSecrets ? secrets : List.of()));
        } else {
            out().println(ApplyReport.summary(result));
            if (showSecrets && !secrets.isEmpty()) {
                IntegrationKeys.print(secrets, out());
            }
        }
        if (!showSecrets && keysFile == null && !secrets.isEmpty()) {
            err().println("pd-gitops: " + IntegrationKeys.withheld(secrets.size()));
        }
    }

    /**
     * Records what was declared, keeping the adoptions of the inventory read and of the file replaced: a pin must
     * last as long as the duplicate it settles, or the next run would be ambiguous again.
     */
    private void saveInventory(PlanSession.Prepared prepared) throws IOException {
        if (saveInventory != null) {
            Inventory replaced = Files.isRegularFile(saveInventory) ? InventoryFile.read(saveInventory) : Inventory.none();
            InventoryFile.write(saveInventory, Inventory.declaredBy(prepared.planned().desired())
                    .keepingAdoptionsOf(prepared.inventory()).keepingAdoptionsOf(replaced));
        }
    }

    /** Only an interactive "yes" applies: without a terminal there is nobody to ask. */
    private static boolean confirmed(Plan plan, PagerDutyTarget target, PrintWriter err) {
        Console console = System.console();
        if (console == null) {
            err.println("pd-gitops: apply needs a confirmation, and there is no terminal to ask on: "
                    + "pass --auto-approve to apply without asking");
            return false;
        }
        String answer = console.readLine("Apply %d changes to %s? Only 'yes' is accepted: ",
                plan.summary().changes(), target.description());
        if (answer == null || !answer.strip().equals("yes")) {
            err.println("pd-gitops: apply cancelled; nothing was changed");
            return false;
        }
        return true;
    }
}
