package io.pdgitops.diff;

import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declared maintenance windows as diff resources, one per name: a weekly rule stands for several PagerDuty windows,
 * and one plan step, one drift entry and one inventory entry per document is what people review. Each PagerDuty
 * window the resource creates, changes or deletes is a field change under {@code windows[<start>]}, so every
 * rendering of plans and drift shows them without knowing about windows.
 *
 * @param resources one per declared window, in declaration order
 * @param changes by name, the window changes behind each resource that is not a no-op
 */
public record WindowResources(List<ResourceDiff> resources, Map<String, List<WindowChange>> changes) {

    public WindowResources {
        resources = List.copyOf(resources);
        changes = Map.copyOf(changes);
    }

    /** Ended windows on either side are history and take no part (see {@link WindowDiff}). */
    public static WindowResources between(List<MaintenanceWindow> declared, List<LiveWindow> live, Instant now) {
        Map<String, List<WindowChange>> byName = new LinkedHashMap<>();
        for (WindowChange change : WindowDiff.between(declared, live, now)) {
            byName.computeIfAbsent(change.window().name(), name -> new ArrayList<>()).add(change);
        }
        List<ResourceDiff> resources = new ArrayList<>();
        for (MaintenanceWindow window : declared) {
            List<String> open = openIds(live, window.name(), now);
            List<WindowChange> changes = byName.getOrDefault(window.name(), List.of());
            DiffAction action = changes.isEmpty() ? DiffAction.NO_OP
                    : open.isEmpty() ? DiffAction.CREATE : DiffAction.UPDATE;
            resources.add(new ResourceDiff(ResourceKey.window(window.name()), action, open, fieldChanges(changes)));
        }
        return new WindowResources(resources, byName);
    }

    /** The ids of the open live windows named {@code name}, in the order PagerDuty listed them. */
    public static List<String> openIds(List<LiveWindow> live, String name, Instant now) {
        return live.stream()
                .filter(window -> window.window().name().equals(name) && window.window().phaseAt(now) != WindowPhase.PAST)
                .map(LiveWindow::id)
                .toList();
    }

    /** What each window change does, as field changes of its resource. */
    public static List<FieldChange> fieldChanges(List<WindowChange> changes) {
        List<FieldChange> fields = new ArrayList<>();
        for (WindowChange change : changes) {
            String path = "windows[" + change.window().start() + "]";
            switch (change.action()) {
                case CREATE -> fields.add(FieldChange.of(path, describe(change.window()), null));
                case DELETE -> fields.add(FieldChange.of(path, null, describe(change.window())));
                case UPDATE -> change.changes().forEach(field ->
                        fields.add(new FieldChange(path + "." + field.path(), field.desired(), field.live())));
            }
        }
        return fields;
    }

    private static String describe(WindowOccurrence window) {
        return window.start() + " to " + window.end() + " for " + String.join(", ", window.services());
    }
}
