package io.pdgitops.live;

import io.pdgitops.diff.LiveObject;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The business services of an account, and which services support them. The list costs one call a hundred and is
 * read only when the repository declares a business service or the last apply recorded one (prune must find it);
 * the service graph costs one {@code GET /service_dependencies/business_services/{id}} per business service, and is
 * read only for those whose YAML declares {@code supported_by}.
 */
final class LiveBusinessServices {

    private final PagerDutyClient client;
    private final int concurrency;

    LiveBusinessServices(PagerDutyClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    /** @param recorded whether the last apply recorded a business service, which prune may have to find */
    LiveRecords read(LiveRecords records, DesiredState desired, boolean recorded) {
        if (desired.businessServices().isEmpty() && !recorded) {
            return records;
        }
        Set<String> supportDeclared = desired.businessServices().stream()
                .filter(business -> business.supportedBy().isPresent())
                .map(BusinessService::name)
                .collect(Collectors.toSet());
        return read(records, supportDeclared::contains);
    }

    /** Every business service with its supporting services, as export writes them all. */
    LiveRecords readAll(LiveRecords records) {
        return read(records, name -> true);
    }

    private LiveRecords read(LiveRecords records, Predicate<String> supportWanted) {
        List<BusinessServiceDto> services = client.businessServices().list();
        Map<String, Future<List<ServiceDependencyDto>>> reads = new LinkedHashMap<>();
        Map<String, List<ServiceDependencyDto>> dependencies = new HashMap<>();
        try (ConcurrentReads pool = new ConcurrentReads(concurrency)) {
            for (BusinessServiceDto business : services) {
                if (supportWanted.test(business.name())) {
                    reads.put(business.id(), pool.submit(() -> client.serviceDependencies().ofBusinessService(business.id())));
                }
            }
            reads.forEach((id, read) -> dependencies.put(id, pool.get(read)));
        }
        return records.withBusiness(new LiveBusinessRecords(true, services, dependencies));
    }

    /** The business services in the model; pure. A supporting service the account does not list shows as its id. */
    static List<LiveObject<BusinessService>> map(LiveRecords records, NameBook names) {
        Map<String, String> serviceNames = new HashMap<>();
        records.services().forEach(service -> serviceNames.put(service.id(), service.name()));
        LiveBusinessRecords business = records.business();
        return business.services().stream()
                .map(live -> new LiveObject<>(live.id(), new BusinessService(live.name(),
                        NameBook.description(live.description()), NameBook.description(live.pointOfContact()),
                        Optional.ofNullable(live.team()).map(names::team),
                        Optional.ofNullable(business.dependencies().get(live.id()))
                                .map(edges -> supporting(live.id(), edges, serviceNames)),
                        NameBook.PAGERDUTY)))
                .toList();
    }

    /** The technical services that support the business service {@code id}; its other edges are left out. */
    static List<String> supporting(String id, List<ServiceDependencyDto> edges, Map<String, String> serviceNames) {
        return edges.stream()
                .flatMap(edge -> edge.technicalSupportOf(id).stream())
                .map(service -> serviceNames.getOrDefault(service, service))
                .toList();
    }
}
