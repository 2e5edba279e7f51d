package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.BusinessServiceWrite;
import java.util.List;

/**
 * {@code /business_services}. PagerDuty lists them without a {@code query} filter, so a look-up by name reads the
 * list (an account holds at most 5,000, fifty pages) and compares names here.
 */
public final class BusinessServicesApi extends NamedResourceApi<BusinessServiceDto, BusinessServiceWrite> {

    BusinessServicesApi(Entities entities) {
        super(entities, new Kind<>("/business_services", "business_service", "business_services",
                BusinessServiceDto.class, BusinessServiceDto::id, BusinessServiceDto::name, Query.none(), Query.none()));
    }

    @Override
    public List<BusinessServiceDto> findByName(String name) {
        return list().stream().filter(business -> name.equals(business.name())).toList();
    }
}
