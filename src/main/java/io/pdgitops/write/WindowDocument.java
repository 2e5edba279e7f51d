package io.pdgitops.write;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowTiming;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A maintenance window as the fields of a {@code MaintenanceWindow} document, for export: a one-off window with
 * its start and end as given (export gives them in UTC, as PagerDuty keeps no zone for a window), or a weekly rule.
 */
public final class WindowDocument {

    private WindowDocument() {
    }

    public static Map<String, Object> of(MaintenanceWindow window) {
        DocumentFields fields = DocumentFields.of(MaintenanceWindow.KIND, window.name())
                .put("services", List.copyOf(window.services()));
        if (window.timing() instanceof WindowTiming.Once once) {
            return fields.put("start", once.start().toString()).put("end", once.end().toString()).map();
        }
        WindowTiming.Weekly weekly = (WindowTiming.Weekly) window.timing();
        return fields.put("weekly", new DocumentFields()
                        .put("days", weekly.days().stream().map(YamlValues::day).toList())
                        .put("start", YamlValues.timeOfDay(weekly.start()))
                        .put("duration", YamlValues.duration(weekly.duration()))
                        .put("time_zone", weekly.timeZone().getId())
                        .put("weeks_ahead", weekly.weeksAhead())
                        .map())
                .map();
    }

    /** A live window as a one-off document, in UTC. */
    public static MaintenanceWindow oneOff(WindowOccurrence window, Origin origin) {
        return new MaintenanceWindow(window.name(), window.services(), new WindowTiming.Once(
                window.start().atOffset(ZoneOffset.UTC), window.end().atOffset(ZoneOffset.UTC)), origin);
    }

    /** A YAML file of windows, one document each, after {@code comments}. */
    public static String file(List<String> comments, List<MaintenanceWindow> windows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            text.append(i == 0 ? "" : "---\n").append(YamlWriter.mapping(i == 0 ? comments : List.of(), of(windows.get(i))));
        }
        return text.toString();
    }
}
