package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.imports.nagios.ImportMapping;
import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.ImportSummary;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosInventory;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code import nagios}: declares one PagerDuty service per host group (or other rule) of a Nagios configuration. */
@Command(name = "nagios", mixinStandardHelpOptions = true,
        description = "Write PagerDuty services for a Nagios/Icinga 1.x configuration into the repository.",
        subcommands = {NagiosContactsCommand.class})
final class NagiosImportCommand implements Callable<Integer> {



    @Mixin
    ImportWriteOptions target;

    @Mixin
    NagiosSourceOptions nagios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!nagios.hasConfig()) {
            throw new IllegalArgumentException("import nagios needs --config NAGIOS_CFG and --policy NAME");
        }
        target.folder("nagios");
        Optional<LoadResult> loaded = target.load(out);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        try {
            PolicyRules policies = target.policies();
            NagiosInventory inventory = nagios.inventory();
            if (!target.declared(policies, loaded.get(), err)) {
                return ExitCodes.INVALID;
            }
            ImportMapping mapping = nagios.map(inventory, policies);
            return target.write(mapping.services(), "nagios", loaded.get(), out, err,
                    actions -> ImportSummary.render(inventory, nagios.rule(), mapping,
                            policies.unused(mapping.services().stream().map(ImportedService::name).toList()),
                            actions, target.dryRun));
        } catch (NagiosConfigException e) {
            e.problems().forEach(problem -> err.println(DisplayText.escape(problem.toString())));
            err.println("pd-gitops: the Nagios configuration has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; nothing was written");
            return ExitCodes.INVALID;
        }
    }
}
