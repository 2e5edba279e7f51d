package io.pdgitops.load;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.WindowTiming;
import java.time.ZoneId;
import java.util.Optional;

/** Builds a {@link MaintenanceWindow} from a schema-valid MaintenanceWindow document. */
final class MaintenanceWindowMapper {

    private MaintenanceWindowMapper() {
    }

    /** @param defaultZone {@code defaults.time_zone} from {@code pd-gitops.yaml}, for weekly windows */
    static MaintenanceWindow map(Fields fields, Origin origin, Optional<ZoneId> defaultZone) {
        WindowTiming timing = fields.optionalObject("weekly")
                .<WindowTiming>map(weekly -> new WindowTiming.Weekly(
                        weekly.days("days"),
                        weekly.time("start"),
                        weekly.duration("duration"),
                        weeklyZone(fields, weekly, defaultZone),
                        weekly.optionalInt("weeks_ahead").orElse(WindowTiming.Weekly.DEFAULT_WEEKS_AHEAD)))
                .orElseGet(() -> new WindowTiming.Once(fields.dateTime("start"), fields.dateTime("end")));
        return new MaintenanceWindow(fields.text("name"), fields.textList("services"), timing, origin);
    }

    /** The zone sits in {@code weekly}; a missing one is reported at the document's name, like a schedule's. */
    private static ZoneId weeklyZone(Fields fields, Fields weekly, Optional<ZoneId> defaultZone) {
        if (weekly.has("time_zone")) {
            return weekly.zone("time_zone");
        }
        return DeclaredZone.of(fields, defaultZone, "maintenance window");
    }
}
