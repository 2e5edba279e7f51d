package io.pdgitops.write;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.WindowOccurrence;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A live maintenance window as the fields of a one-off {@code MaintenanceWindow} document, for export. Times are
 * written in UTC: PagerDuty keeps no zone for a window, so none can be recovered.
 */
public final class WindowDocument {

    private WindowDocument() {
    }

    public static Map<String, Object> of(WindowOccurrence window) {
        return DocumentFields.of(MaintenanceWindow.KIND, window.name())
                .put("services", List.copyOf(window.services()))
                .put("start", window.start().atOffset(ZoneOffset.UTC).toString())
                .put("end", window.end().atOffset(ZoneOffset.UTC).toString())
                .map();
    }

    /** A YAML file of windows, one document each, after {@code comments}. */
    public static String file(List<String> comments, List<WindowOccurrence> windows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            text.append(i == 0 ? "" : "---\n").append(YamlWriter.mapping(i == 0 ? comments : List.of(), of(windows.get(i))));
        }
        return text.toString();
    }
}
