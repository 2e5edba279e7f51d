package io.pdgitops.load;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.Origin;

/** Builds a {@link BusinessService} from a schema-valid BusinessService document. */
final class BusinessServiceMapper {

    private BusinessServiceMapper() {
    }

    static BusinessService map(Fields fields, Origin origin) {
        return new BusinessService(
                fields.text("name"),
                fields.optionalText("description"),
                fields.optionalText("point_of_contact"),
                fields.optionalText("team"),
                fields.optionalTextList("supported_by"),
                origin);
    }
}
