package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.imports.nagios.FileAction;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.imports.sensu.SensuDumpException;
import io.pdgitops.imports.sensu.SensuMapping;
import io.pdgitops.imports.sensu.SensuResource;
import io.pdgitops.load.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code import sensu}: declares one PagerDuty service per subscription (or other rule) of a Sensu Go dump. */
@Command(name = "sensu", mixinStandardHelpOptions = true,
        description = "Write PagerDuty services for the checks of a Sensu Go dump into the repository.",
        subcommands = {SensuHandlerCommand.class})
final class SensuImportCommand implements Callable<Integer> {

    @Mixin
    SensuDumpOptions sensu;

    @Mixin
    ImportWriteOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        target.folder("sensu");
        Optional<LoadResult> loaded = target.load(out);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        try {
            PolicyRules policies = target.policies();
            List<SensuResource> resources = sensu.resources();
            if (!target.declared(policies, loaded.get(), err)) {
                return ExitCodes.INVALID;
            }
            SensuMapping mapping = sensu.map(resources, policies);
            return target.write(mapping.services(), "sensu", loaded.get(), out, err,
                    actions -> summary(resources, mapping, actions));
        } catch (SensuDumpException e) {
            e.problems().forEach(problem -> err.println(DisplayText.escape(problem.toString())));
            err.println("pd-gitops: the Sensu dump has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; nothing was written");
            return ExitCodes.INVALID;
        } catch (NagiosConfigException e) {
            e.problems().forEach(problem -> err.println(DisplayText.escape(problem.toString())));
            return ExitCodes.INVALID;
        }
    }

    private String summary(List<SensuResource> resources, SensuMapping mapping, List<FileAction> actions) {
        StringBuilder text = new StringBuilder();
        long checks = resources.stream().filter(r -> r.type().equals("CheckConfig")).count();
        long entities = resources.stream().filter(r -> r.type().equals("Entity")).count();
        text.append("Sensu: ").append(checks).append(" checks, ").append(entities).append(" entities\n")
                .append("Mapped by ").append(sensu.rule().describe()).append(": ").append(mapping.services().size())
                .append(" PagerDuty services (Events API v2 integrations)\n");
        if (!mapping.unmappedChecks().isEmpty()) {
            text.append("Not mapped: ").append(mapping.unmappedChecks().size()).append(" checks: ")
                    .append(DisplayText.escape(String.join(", ", mapping.unmappedChecks()))).append('\n');
        }
        for (FileAction action : actions) {
            // Names and paths come from the dump: escaped, one action stays one line.
            text.append(DisplayText.escape(String.format("  %-9s %s", action.kind().label(), action.path())
                    + action.service().map(service -> "  " + service.name() + " <- " + service.source() + ", policy `"
                            + service.escalationPolicy() + "`").orElse("")
                    + " (" + action.detail() + ")")).append('\n');
        }
        long writes = actions.stream().filter(action -> action.kind().writes()).count();
        return text.append(target.dryRun ? "Dry run: " + writes + " files would be written, nothing was"
                : writes + " files written").append('\n').toString();
    }
}
