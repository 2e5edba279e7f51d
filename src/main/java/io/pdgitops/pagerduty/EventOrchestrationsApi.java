package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.OrchestrationDto;
import java.util.Map;

/**
 * {@code /event_orchestrations/services/{service_id}}: the event rules of one service. There is no list of them:
 * each costs one read. A write replaces the whole orchestration, so sending it twice does what sending it once
 * does, and it is retried like every PUT. {@code /active} says whether PagerDuty runs the orchestration or the
 * service's older event rules.
 */
public final class EventOrchestrationsApi {

    private static final String PATH = "/event_orchestrations/services/{service_id}";

    private final Entities entities;

    EventOrchestrationsApi(Entities entities) {
        this.entities = entities;
    }

    public OrchestrationDto ofService(String serviceId) {
        return entities.get(ApiPath.of(PATH, serviceId), Query.none(), "orchestration_path", OrchestrationDto.class);
    }

    public OrchestrationDto update(String serviceId, OrchestrationDto orchestration) {
        return entities.update(ApiPath.of(PATH, serviceId), Query.none(), "orchestration_path", orchestration,
                OrchestrationDto.class);
    }

    public boolean active(String serviceId) {
        return entities.getBody(ApiPath.of(PATH + "/active", serviceId)).path("active").asBoolean(false);
    }

    public void activate(String serviceId, boolean active) {
        entities.put(ApiPath.of(PATH + "/active", serviceId), Map.of("active", active));
    }
}
