package io.pdgitops.cli;

import io.pdgitops.imports.nagios.ContactTarget;
import io.pdgitops.imports.nagios.GeneratedFile;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live end of an imported service's integration: its key (or email address) as PagerDuty generated it, which
 * the monitoring side needs and only an apply can create.
 */
final class LiveIntegrations {

    private LiveIntegrations() {
    }

    /**
     * The live end of every service the importer {@code tool} generated in the repository; empty, with every
     * reason printed, when one of them has none (not applied yet, or changed by hand).
     */
    static Optional<List<ContactTarget>> ofImported(Path repo, LoadResult loaded, String tool,
            Set<IntegrationType> types, PagerDutyTarget target, PrintWriter err) throws IOException {
        List<Service> imported = new ArrayList<>();
        for (Service service : loaded.state().services()) {
            if (GeneratedFile.isGeneratedBy(Files.readString(repo.resolve(service.origin().file()),
                    StandardCharsets.UTF_8), tool)) {
                imported.add(service);
            }
        }
        if (imported.isEmpty()) {
            throw new IllegalArgumentException(repo + " has no services written by import " + tool);
        }
        Map<String, List<io.pdgitops.pagerduty.dto.ServiceDto>> live = target.client().services().list().stream()
                .collect(Collectors.groupingBy(io.pdgitops.pagerduty.dto.ServiceDto::name));
        List<ContactTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Service service : imported) {
            target(service, live.getOrDefault(service.name(), List.of()), types, problems).ifPresent(targets::add);
        }
        problems.forEach(problem -> err.println("pd-gitops: " + problem));
        return problems.isEmpty() ? Optional.of(targets) : Optional.empty();
    }

    /**
     * @param live the PagerDuty services with the declared service's name
     * @param types the integration types the monitoring tool can send to, first declared one wins
     * @param problems why there is no target, for the user
     */
    private static Optional<ContactTarget> target(Service service, List<io.pdgitops.pagerduty.dto.ServiceDto> live,
            Set<IntegrationType> types, List<String> problems) {
        if (live.size() != 1) {
            problems.add("Service `" + service.name() + "` " + (live.isEmpty() ? "is not in PagerDuty"
                    : "is in PagerDuty " + live.size() + " times"));
            return Optional.empty();
        }
        Optional<Integration> declared = service.integrations().orElse(List.of()).stream()
                .filter(integration -> types.contains(integration.type()))
                .findFirst();
        if (declared.isEmpty()) {
            problems.add("Service `" + service.name() + "` declares no " + types.stream()
                    .map(IntegrationType::yamlName).sorted().reduce((a, b) -> a + " or " + b).orElse("")
                    + " integration");
            return Optional.empty();
        }
        Optional<io.pdgitops.pagerduty.dto.IntegrationDto> integration = Optional.ofNullable(live.get(0).integrations())
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
