package io.pdgitops.diff;

import io.pdgitops.model.BusinessService;
import java.util.List;

/**
 * Flattens a business service: its point of contact and team when declared, and the services that support it as a
 * set of names (PagerDuty keeps no order among them). Service names are identities, so they compare exactly.
 */
final class BusinessServiceFields {

    private BusinessServiceFields() {
    }

    static FlatFields of(FlatFields fields, BusinessService business) {
        return fields.putIfPresent("point_of_contact", business.pointOfContact(), Values::text)
                .putIfPresent("team", business.team(), Values::text)
                .putIfPresent("supported_by", business.supportedBy(), BusinessServiceFields::serviceSet);
    }

    private static FlatValue serviceSet(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        return FlatValue.of(Values.list(sorted.stream().map(Values::quote).toList()), sorted);
    }
}
