package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.BusinessService;
import io.pdgitops.pagerduty.dto.BusinessServiceWrite;
import io.pdgitops.pagerduty.dto.Reference;

/**
 * A declared business service as PagerDuty's create and update body. Fields the YAML leaves out are not sent, so
 * PagerDuty keeps them; the supporting services are separate calls ({@link SupportSync}).
 */
final class BusinessServiceBodies {

    private BusinessServiceBodies() {
    }

    static BusinessServiceWrite of(BusinessService business, IdRegistry ids) {
        Reference team = business.team().map(name -> Reference.team(ids.id(ResourceKind.TEAM, name))).orElse(null);
        return new BusinessServiceWrite(business.name(), business.description().orElse(null),
                business.pointOfContact().orElse(null), team);
    }
}
