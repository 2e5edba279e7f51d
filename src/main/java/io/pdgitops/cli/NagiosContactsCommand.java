package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.imports.nagios.ContactTarget;
import io.pdgitops.imports.nagios.ImportMapping;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosContacts;
import io.pdgitops.imports.nagios.NagiosInventory;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.imports.nagios.WiringContext;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.IntegrationType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import nagios contacts}: after apply, writes the Nagios wiring that sends each imported service's alerts
 * to it: contacts with the integration keys read from PagerDuty, their commands and time period, and (given the
 * Nagios configuration and the import's mapping options) their assignment to the hosts and checks. The keys go to
 * the named file only, readable by its owner and, with {@code --group}, that group (Nagios runs as its own user).
 */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "Write the Nagios contacts, commands and assignments that send each imported service's alerts "
                + "to PagerDuty.")
final class NagiosContactsCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The configuration repository the import wrote into. Default: ${DEFAULT-VALUE}.")
    Path repo;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "Where to write the contacts (mode 0600: it holds integration keys).")
    Path output;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Group of the written file, such as nagios, so that Nagios can read it.")
    String group;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "0600",
            description = "Permissions of the written file, 0600 or 0640 (with --group). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Mixin
    NagiosSourceOptions nagios;

    @Mixin
    SandboxStateOption sandboxState;

    @Spec
    CommandSpec spec;

    private static final Set<IntegrationType> NAGIOS_OR_EMAIL = Set.of(IntegrationType.NAGIOS, IntegrationType.EMAIL);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrivateFile.Access access = PrivateFile.Access.of(mode, group);
        Optional<LoadResult> loaded = NagiosRepository.loadValid(repo, out);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Optional<List<ContactTarget>> found;
        String source;
        try (PagerDutyTarget target = sandboxState.target(spec, repo)) {
            found = LiveIntegrations.ofImported(repo, loaded.get(), "nagios", NAGIOS_OR_EMAIL, target, err);
            source = target.description();
        }
        if (found.isEmpty()) {
            err.println("pd-gitops: no contacts written; apply the repository first");
            return ExitCodes.ERROR;
        }
        List<ContactTarget> targets = found.get();
        String text;
        try {
            text = wiring(targets);
        } catch (NagiosConfigException e) {
            e.problems().forEach(problem -> err.println(DisplayText.escape(problem.toString())));
            err.println("pd-gitops: the Nagios configuration has problems; no contacts written");
            return ExitCodes.INVALID;
        }
        PrivateFile.write(output, text, access);
        long email = targets.stream().filter(t -> t.integrationType().equals("email")).count();
        out.println("Wrote " + targets.size() + " Nagios contacts (" + (targets.size() - email) + " with an "
                + "integration key, " + email + " by email) from " + source + " to " + output
                + " (" + access + "; the keys are not shown here)");
        if (nagios.hasConfig()) {
            long assigned = text.lines().filter(line -> line.startsWith("define ") && line.contains("escalation"))
                    .count();
            out.println("Assigned them to " + assigned + " Nagios hosts and checks; add `cfg_file=" + output
                    + "` to " + nagios.config + " and run `nagios -v` on it");
        } else {
            out.println("Not assigned to any host or check: pass --config and the import's mapping options to "
                    + "assign them");
        }
        return ExitCodes.OK;
    }

    /** The file's text; with the configuration, its routes and what it already defines. */
    private String wiring(List<ContactTarget> targets) throws NagiosConfigException {
        if (!nagios.hasConfig()) {
            return NagiosContacts.render(targets);
        }
        NagiosInventory inventory = nagios.inventory();
        Path base = nagios.config.toAbsolutePath().normalize().getParent();
        Path written = output.toAbsolutePath().normalize();
        String label = written.startsWith(base) ? base.relativize(written).toString().replace('\\', '/')
                : written.toString();
        ImportMapping mapping = nagios.map(inventory, PolicyRules.defaultOnly("(unused)"));
        return NagiosContacts.render(targets, new WiringContext(inventory, at -> at.file().equals(label)), mapping);
    }
}
