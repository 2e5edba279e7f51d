package io.pdgitops.write;

import io.pdgitops.model.BusinessService;
import java.util.Map;

/** A {@link BusinessService} as the fields of its YAML document. */
final class BusinessServiceDocument {

    private BusinessServiceDocument() {
    }

    static Map<String, Object> of(BusinessService business) {
        return DocumentFields.of("BusinessService", business.name())
                .putIfPresent("description", business.description())
                .putIfPresent("point_of_contact", business.pointOfContact())
                .putIfPresent("team", business.team())
                .putIfPresent("supported_by", business.supportedBy())
                .map();
    }
}
