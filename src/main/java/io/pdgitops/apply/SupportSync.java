package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.BusinessService;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the services that support a business service exactly those its YAML lists, when it lists them: edges
 * missing are associated, edges not listed are disassociated. Reads the edges first, so a run cut off half way
 * sends only what is still missing; when PagerDuty's answer is lost (a 5xx or a timeout, it may have acted), the
 * edges are read again before anything is sent again. Edges to other business services are left alone.
 */
final class SupportSync {

    private final PagerDutyClient client;
    private final IdRegistry ids;

    SupportSync(PagerDutyClient client, IdRegistry ids) {
        this.client = client;
        this.ids = ids;
    }

    /** @param fresh the business service was just created, so it has no edges to read */
    void sync(BusinessService business, String id, boolean fresh) {
        if (business.supportedBy().isEmpty()) {
            return;
        }
        Set<String> wanted = business.supportedBy().get().stream()
                .map(name -> ids.id(ResourceKind.SERVICE, name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean read = !fresh;
        for (int attempt = 1; ; attempt++) {
            Set<String> present = read ? supporting(id) : Set.of();
            try {
                change(id, wanted, present);
                return;
            } catch (PagerDutyException e) {
                if (!e.retryable() || attempt >= CreateOrAdopt.ATTEMPTS) {
                    throw e;
                }
                read = true;
            }
        }
    }

    private void change(String id, Set<String> wanted, Set<String> present) {
        List<ServiceDependencyDto> remove = present.stream().filter(service -> !wanted.contains(service))
                .map(service -> ServiceDependencyDto.supporting(id, service)).toList();
        List<ServiceDependencyDto> add = wanted.stream().filter(service -> !present.contains(service))
                .map(service -> ServiceDependencyDto.supporting(id, service)).toList();
        if (!remove.isEmpty()) {
            client.serviceDependencies().disassociate(remove);
        }
        if (!add.isEmpty()) {
            client.serviceDependencies().associate(add);
        }
    }

    private Set<String> supporting(String id) {
        return client.serviceDependencies().ofBusinessService(id).stream()
                .flatMap(edge -> edge.technicalSupportOf(id).stream())
                .collect(Collectors.toSet());
    }
}
