package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import java.time.ZoneId;
import java.util.Optional;

/** A document's {@code time_zone}, falling back to {@code defaults.time_zone} of {@code pd-gitops.yaml}. */
final class DeclaredZone {

    private DeclaredZone() {
    }

    /**
     * @param noun what the document is called in the message, like {@code schedule}
     * @return null when the zone is unknown or missing (reported)
     */
    static ZoneId of(Fields fields, Optional<ZoneId> defaultZone, String noun) {
        if (fields.has("time_zone")) {
            return fields.zone("time_zone");
        }
        if (defaultZone.isEmpty()) {
            fields.report(ViolationCode.MISSING_TIME_ZONE, "name",
                    noun + " `" + fields.text("name") + "` has no time_zone and pd-gitops.yaml sets no defaults.time_zone");
        }
        return defaultZone.orElse(null);
    }
}
