package io.pdgitops.cli;

import io.pdgitops.imports.nagios.ContactTarget;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.imports.sensu.SensuDumpException;
import io.pdgitops.imports.sensu.SensuHandlerConfig;
import io.pdgitops.imports.sensu.SensuResource;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.IntegrationType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import sensu handler}: after apply, writes the {@code sensu-pagerduty-handler} configuration that sends
 * each imported check's events to its service: resources for {@code sensuctl create -f} (no key in them) and the
 * backend environment file with the keys (owner-only).
 */
@Command(name = "handler", mixinStandardHelpOptions = true,
        description = "Write the sensu-pagerduty-handler resources and the keys' environment file for imported checks.")
final class SensuHandlerCommand implements Callable<Integer> {

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The configuration repository the import wrote into. Default: ${DEFAULT-VALUE}.")
    Path repo;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "Where to write the Sensu resources (handler, secrets, annotated checks).")
    Path output;

    @Option(names = "--env-file", paramLabel = "FILE", required = true,
            description = "Where to write the keys for the Sensu backend's environment (mode 0600).")
    Path envFile;

    @Mixin
    SensuDumpOptions sensu;

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
        List<SensuResource> resources;
        try {
            resources = sensu.resources();
        } catch (SensuDumpException e) {
            e.problems().forEach(err::println);
            err.println("pd-gitops: the Sensu dump has problems; nothing was written");
            return ExitCodes.INVALID;
        }
        Optional<List<ContactTarget>> found;
        try (PagerDutyTarget target = sandboxState.target(spec, repo)) {
            found = LiveIntegrations.ofImported(repo, loaded.get(), "sensu", Set.of(IntegrationType.EVENTS_API_V2),
                    target, err);
        }
        if (found.isEmpty()) {
            err.println("pd-gitops: nothing written; apply the repository first");
            return ExitCodes.ERROR;
        }
        Map<String, String> keys = found.get().stream()
                .collect(Collectors.toMap(ContactTarget::service, ContactTarget::address));
        SensuHandlerConfig config = SensuHandlerConfig.render(resources,
                sensu.map(resources, PolicyRules.defaultOnly("(unused)")), keys);
        PrivateFile.write(envFile, config.environment());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, config.resources(), StandardCharsets.UTF_8);
        config.notes().forEach(note -> out.println("note: " + note));
        out.println("Wrote the pagerduty handler, " + keys.size() + " secrets and the annotated checks to " + output
                + " (apply with `sensuctl create -f " + output + "`), and the keys to " + envFile
                + " (mode 0600; add it to the Sensu backend's environment; the keys are not shown here)");
        return ExitCodes.OK;
    }
}
