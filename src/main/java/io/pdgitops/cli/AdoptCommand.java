package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.plan.Adoption;
import io.pdgitops.plan.Inventory;
import io.pdgitops.state.InventoryFile;
import io.pdgitops.state.WriterLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "adopt",
        mixinStandardHelpOptions = true,
        description = {
            "Record that the declared object of KIND whose name PagerDuty object ID has is that object: plan and "
                    + "apply with --prune-from INVENTORY then use ID for the name and leave other PagerDuty "
                    + "objects of that name alone.",
            "Without PAGERDUTY_TOKEN the built-in sandbox is used.",
            "Exit codes: 0 recorded, 1 invalid config, unknown id, id of another kind or of an undeclared name "
                    + "(nothing written), 3 error."
        })
public final class AdoptCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "Team, Schedule, EscalationPolicy or Service.")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "The PagerDuty id of the object Git means.")
    String id;

    @Parameters(index = "2", arity = "0..1", paramLabel = "DIR", description = DefaultFolder.HELP)
    Path dir;

    @Option(names = "--inventory", paramLabel = "FILE", defaultValue = ".pd-gitops/inventory",
            description = "The inventory that plan and apply read with --prune-from (and apply writes with "
                    + "--save-inventory); created when missing. Default: ${DEFAULT-VALUE}.")
    Path inventoryFile;

    @Mixin
    SandboxStateOption sandboxState;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ResourceKind> resourceKind = Arrays.stream(ResourceKind.values())
                .filter(candidate -> candidate.objectKind().isPresent() && candidate.displayName().equalsIgnoreCase(kind))
                .findFirst();
        if (resourceKind.isEmpty()) {
            err.println("pd-gitops: unknown kind `" + kind + "`: adopt takes Team, Schedule, EscalationPolicy or Service");
            return ExitCodes.INVALID;
        }
        dir = DefaultFolder.orDefault(dir, spec);
        if (!Files.isDirectory(dir)) {
            err.println("pd-gitops: not a directory: " + dir);
            return ExitCodes.ERROR;
        }
        LoadResult loaded = ConfigLoader.load(dir);
        if (!loaded.isValid()) {
            spec.commandLine().getOut().print(ValidationReport.render(loaded, ReportFormat.TEXT));
            err.println("pd-gitops: the repository is invalid; nothing was adopted");
            return ExitCodes.INVALID;
        }
        WriterLock lock;
        try {
            lock = WriterLock.beside(inventoryFile, "the inventory " + inventoryFile);
        } catch (WriterLock.HeldException held) {
            err.println("pd-gitops: " + held.getMessage());
            return ExitCodes.ERROR;
        }
        try (lock; PagerDutyTarget target = sandboxState.target(spec, dir)) {
            Adoption adoption;
            try {
                adoption = Adoption.of(resourceKind.get(), id, loaded.state(),
                        new LiveStateReader(target.client()).read(loaded.state(), Instant.now()).state());
            } catch (Adoption.RefusedException refused) {
                err.println("pd-gitops: " + DisplayText.escape(refused.getMessage()) + "; nothing was adopted");
                return ExitCodes.INVALID;
            }
            Inventory inventory = Files.isRegularFile(inventoryFile) ? InventoryFile.read(inventoryFile)
                    : Inventory.of(List.of());
            InventoryFile.write(inventoryFile, inventory.adopting(adoption.key(), adoption.id()));
            spec.commandLine().getOut().println(DisplayText.escape(adoption.key().toString()) + " is "
                    + adoption.id() + " (recorded in " + inventoryFile + ")" + (adoption.others().isEmpty() ? ""
                            : "; pd-gitops leaves " + String.join(", ", adoption.others()) + " alone")
                    + ": run plan and apply with --prune-from " + inventoryFile);
            return ExitCodes.OK;
        }
    }
}
