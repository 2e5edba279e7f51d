package io.pdgitops.export;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which open maintenance windows an export writes, each as a one-off document named by its description. A
 * description is a name in YAML, so windows that share one are left out and listed rather than guessed into a
 * weekly rule; so are windows without a description, and windows on a service the export does not write (the
 * document could not name it). Ended windows are history and not exported.
 */
final class WindowExport {

    /** What is written, and what is left out with the reason. */
    record Result(List<WindowOccurrence> windows, List<UnexpressedSetting> leftOut) {
    }

    private WindowExport() {
    }

    /**
     * @param exportedServices names of the services the export writes; a window none of whose services is among
     *     them belongs to what the filter left out and is not reported either
     */
    static Result of(List<LiveWindow> live, Set<String> exportedServices, Instant now) {
        Map<String, List<LiveWindow>> byName = live.stream()
                .filter(window -> window.window().phaseAt(now) != WindowPhase.PAST)
                .collect(Collectors.groupingBy(window -> window.window().name(), LinkedHashMap::new, Collectors.toList()));
        List<WindowOccurrence> windows = new ArrayList<>();
        List<UnexpressedSetting> leftOut = new ArrayList<>();
        byName.forEach((name, shared) -> {
            boolean wanted = shared.stream().flatMap(window -> window.window().services().stream())
                    .anyMatch(exportedServices::contains);
            if (!wanted) {
                return;
            }
            String ids = shared.stream().map(LiveWindow::id).collect(Collectors.joining(", "));
            WindowOccurrence window = shared.get(0).window();
            List<String> missing = window.services().stream().filter(service -> !exportedServices.contains(service))
                    .toList();
            if (name.isBlank()) {
                leftOut.add(notExported(name, ids, "it has no description, which is a window's name in YAML"));
            } else if (shared.size() > 1) {
                leftOut.add(notExported(name, ids, shared.size() + " open windows share this description; names are"
                        + " identities in YAML, so declare them as one weekly window or give each its own description"));
            } else if (!missing.isEmpty()) {
                leftOut.add(notExported(name, ids, "it silences services this export does not write ("
                        + String.join(", ", missing) + ")"));
            } else {
                windows.add(window);
            }
        });
        return new Result(windows, leftOut);
    }

    private static UnexpressedSetting notExported(String name, String ids, String reason) {
        return new UnexpressedSetting(ResourceKey.window(name), UnexpressedSetting.WHOLE_OBJECT,
                "not exported [" + ids + "]: " + reason);
    }
}
