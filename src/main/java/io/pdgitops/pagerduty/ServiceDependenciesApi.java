package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import java.util.List;
import java.util.Map;

/**
 * {@code /service_dependencies}: the edges of PagerDuty's service graph, read per service (not paged) and changed
 * in batches. An association whose answer is lost is not repeated blindly: the caller reads the edges again.
 */
public final class ServiceDependenciesApi {

    private final Entities entities;

    ServiceDependenciesApi(Entities entities) {
        this.entities = entities;
    }

    /** The immediate edges of a business service: what supports it, and what it supports. */
    public List<ServiceDependencyDto> ofBusinessService(String id) {
        return entities.getList(ApiPath.of("/service_dependencies/business_services/{id}", id), Query.none(),
                "relationships", ServiceDependencyDto.class);
    }

    /** The immediate edges of a technical service. */
    public List<ServiceDependencyDto> ofTechnicalService(String id) {
        return entities.getList(ApiPath.of("/service_dependencies/technical_services/{id}", id), Query.none(),
                "relationships", ServiceDependencyDto.class);
    }

    /** Creates the edges; an edge that already exists stays one edge. */
    public void associate(List<ServiceDependencyDto> relationships) {
        entities.post(ApiPath.of("/service_dependencies/associate"), Map.of("relationships", relationships));
    }

    public void disassociate(List<ServiceDependencyDto> relationships) {
        entities.post(ApiPath.of("/service_dependencies/disassociate"), Map.of("relationships", relationships));
    }
}
