package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.ServiceDto;
import io.pdgitops.pagerduty.dto.ServiceWrite;
import java.util.List;

/**
 * {@code /services}: every read includes the integrations and teams, so one list call per hundred services covers
 * the whole state. A delete also removes the service's integrations.
 */
public final class ServicesApi extends NamedResourceApi<ServiceDto, ServiceWrite> {

    private static final Query INCLUDES = Query.none().withEach("include[]", List.of("integrations", "teams"));

    ServicesApi(Entities entities) {
        super(entities, new Kind<>("/services", "service", "services", ServiceDto.class, ServiceDto::id, ServiceDto::name,
                INCLUDES, INCLUDES));
    }
}
