package io.pdgitops.cli;

import io.pdgitops.imports.nagios.ContactTarget;
import io.pdgitops.imports.nagios.GeneratedFile;
import io.pdgitops.imports.nagios.NagiosContacts;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Service;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import nagios contacts}: after apply, writes the Nagios contacts that send each imported service's alerts
 * to it, with the integration keys read from PagerDuty. The keys go to the named file only (mode 0600).
 */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "Write Nagios define contact blocks with the live integration keys of the imported services.")
final class NagiosContactsCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The configuration repository the import wrote into. Default: ${DEFAULT-VALUE}.")
    Path repo;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "Where to write the contacts (mode 0600: it holds integration keys).")
    Path output;

    @Mixin
    SandboxStateOption sandboxState;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LoadResult> loaded = NagiosRepository.loadValid(repo, out);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        List<Service> imported = new ArrayList<>();
        for (Service service : loaded.get().state().services()) {
            if (GeneratedFile.isGenerated(Files.readString(repo.resolve(service.origin().file()),
                    StandardCharsets.UTF_8))) {
                imported.add(service);
            }
        }
        if (imported.isEmpty()) {
            throw new IllegalArgumentException(repo + " has no services written by import nagios");
        }
        PagerDutyTarget target = sandboxState.target(System.getenv(), repo, err);
        Map<String, List<io.pdgitops.pagerduty.dto.Service>> live = target.client().services().list().stream()
                .collect(Collectors.groupingBy(io.pdgitops.pagerduty.dto.Service::name));
        List<ContactTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Service service : imported) {
            contactTarget(service, live.getOrDefault(service.name(), List.of()), problems).ifPresent(targets::add);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("pd-gitops: " + problem));
            err.println("pd-gitops: no contacts written; apply the repository first");
            return ExitCodes.ERROR;
        }
        PrivateFile.write(output, NagiosContacts.render(targets));
        long email = targets.stream().filter(t -> t.integrationType().equals("email")).count();
        out.println("Wrote " + targets.size() + " Nagios contacts (" + (targets.size() - email) + " with an "
                + "integration key, " + email + " by email) from " + target.description() + " to " + output
                + " (mode 0600; the keys are not shown here)");
        return ExitCodes.OK;
    }

    private static Optional<ContactTarget> contactTarget(Service service,
            List<io.pdgitops.pagerduty.dto.Service> live, List<String> problems) {
        if (live.size() != 1) {
            problems.add("Service `" + service.name() + "` " + (live.isEmpty() ? "is not in PagerDuty"
                    : "is in PagerDuty " + live.size() + " times"));
            return Optional.empty();
        }
        Optional<Integration> declared = service.integrations().orElse(List.of()).stream()
                .filter(integration -> integration.type() == IntegrationType.NAGIOS
                        || integration.type() == IntegrationType.EMAIL)
                .findFirst();
        if (declared.isEmpty()) {
            problems.add("Service `" + service.name() + "` declares no nagios or email integration");
            return Optional.empty();
        }
        Optional<io.pdgitops.pagerduty.dto.Integration> integration = Optional.ofNullable(live.get(0).integrations())
                .orElse(List.of()).stream().filter(candidate -> declared.get().name().equals(candidate.name()))
                .findFirst();
        boolean email = declared.get().type() == IntegrationType.EMAIL;
        Optional<String> address = integration.map(found -> email ? found.integrationEmail() : found.integrationKey());
        if (address.isEmpty()) {
            problems.add("Service `" + service.name() + "` has no integration `" + declared.get().name()
                    + "` with " + (email ? "an email address" : "a key") + " in PagerDuty");
            return Optional.empty();
        }
        return Optional.of(new ContactTarget(service.name(), declared.get().type().yamlName(), address.get()));
    }
}
