package io.pdgitops.cli;

import io.pdgitops.imports.nagios.EscalationImport;
import io.pdgitops.imports.nagios.FileAction;
import io.pdgitops.model.DisplayText;
import io.pdgitops.imports.nagios.ImportMapping;
import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.ImportSummary;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosInventory;
import io.pdgitops.imports.nagios.PeopleImport;
import io.pdgitops.imports.nagios.PeopleSummary;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.load.LoadResult;
import io.pdgitops.pagerduty.dto.UserDto;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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

    @Mixin
    NagiosPeopleOptions people;

    @Mixin
    SandboxStateOption sandboxState;

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
            NagiosInventory inventory = nagios.inventory();
            if (people.enabled) {
                return withPeople(inventory, loaded.get(), out, err);
            }
            PolicyRules policies = target.policies();
            if (!target.declared(policies, loaded.get(), err)) {
                return ExitCodes.INVALID;
            }
            ImportMapping mapping = nagios.map(inventory, policies);
            return target.write(mapping.services(), "nagios", loaded.get(), out, err,
                    actions -> summary(inventory, mapping, policies, actions));
        } catch (NagiosConfigException e) {
            e.problems().forEach(problem -> err.println(DisplayText.escape(problem.toString())));
            err.println("pd-gitops: the Nagios configuration has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "; nothing was written");
            return ExitCodes.INVALID;
        }
    }

    /**
     * Services page the policies derived from their contact groups; {@code --policy} (and its map) only serves those
     * whose alerts notify none.
     */
    private int withPeople(NagiosInventory inventory, LoadResult loaded, PrintWriter out, PrintWriter err)
            throws IOException, NagiosConfigException {
        PolicyRules policies = target.policy == null ? PolicyRules.defaultOnly("") : target.policies();
        if (target.policy != null && !target.declared(policies, loaded, err)) {
            return ExitCodes.INVALID;
        }
        ImportMapping mapping = nagios.map(inventory, policies);
        PeopleImport derived = EscalationImport.derive(inventory, mapping, people.naming(),
                people.zone(loaded.state().settings()));
        Optional<Set<String>> known = Optional.empty();
        String where = "PagerDuty";
        if (people.checkUsers) {
            try (PagerDutyTarget live = sandboxState.target(spec, target.repo)) {
                known = Optional.of(live.client().users().list().stream().map(UserDto::email)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
                where = live.description();
            }
        }
        Optional<Set<String>> users = known;
        String asked = where;
        return target.write(derived.services(), derived.policies(), "nagios", loaded, out, err,
                actions -> summary(inventory, mapping, policies, actions)
                        + PeopleSummary.render(derived, users, asked));
    }

    private String summary(NagiosInventory inventory, ImportMapping mapping, PolicyRules policies,
            List<FileAction> actions) {
        return ImportSummary.render(inventory, nagios.rule(), mapping,
                policies.unused(mapping.services().stream().map(ImportedService::name).toList()), actions,
                target.dryRun);
    }
}
