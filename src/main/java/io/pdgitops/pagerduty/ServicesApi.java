package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.Service;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.util.List;

/** {@code /services}: every read includes the integrations and teams, so one list call covers the whole state. */
public final class ServicesApi {

    private static final ApiPath LIST = ApiPath.of("/services");
    private static final Query INCLUDES = Query.none().withEach("include[]", List.of("integrations", "teams"));

    private final Entities entities;

    ServicesApi(Entities entities) {
        this.entities = entities;
    }

    public List<Service> list() {
        return entities.getAll(LIST, INCLUDES, "services", Service.class, Service::id);
    }

    public List<Service> findByName(String name) {
        return entities.findByName(LIST, "services", Service.class, Service::id, Service::name, name);
    }

    public Service get(String id) {
        return entities.get(one(id), INCLUDES, "service", Service.class);
    }

    /** Not retried after a 5xx or timeout: see {@link PagerDutyException#retryable()} and look up by name. */
    public Service create(ServiceWrite service) {
        return entities.create(LIST, Query.none(), "service", service, Service.class);
    }

    public Service update(String id, ServiceWrite changes) {
        return entities.update(one(id), Query.none(), "service", changes, Service.class);
    }

    public void delete(String id) {
        entities.delete(one(id), Query.none());
    }

    private static ApiPath one(String id) {
        return ApiPath.of("/services/{id}", id);
    }
}
