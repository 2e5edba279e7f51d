package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.IntegrationDto;
import io.pdgitops.pagerduty.dto.IntegrationWrite;

/**
 * {@code /services/{id}/integrations}. PagerDuty has no list endpoint: a service read with
 * {@code include[]=integrations} (as {@link ServicesApi} does) returns them.
 */
public final class IntegrationsApi {

    private final Entities entities;

    IntegrationsApi(Entities entities) {
        this.entities = entities;
    }

    public IntegrationDto get(String serviceId, String integrationId) {
        return entities.get(one(serviceId, integrationId), Query.none(), "integration", IntegrationDto.class);
    }

    public IntegrationDto create(String serviceId, IntegrationWrite integration) {
        return entities.create(ApiPath.of("/services/{id}/integrations", serviceId), Query.none(), "integration",
                integration, IntegrationDto.class);
    }

    public IntegrationDto update(String serviceId, String integrationId, IntegrationWrite changes) {
        return entities.update(one(serviceId, integrationId), Query.none(), "integration", changes,
                IntegrationDto.class);
    }

    public void delete(String serviceId, String integrationId) {
        entities.delete(one(serviceId, integrationId), Query.none());
    }

    private static ApiPath one(String serviceId, String integrationId) {
        return ApiPath.of("/services/{id}/integrations/{integration_id}", serviceId, integrationId);
    }
}
