package io.pdgitops.export;

import io.pdgitops.diff.LiveWindow;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowPhase;
import io.pdgitops.write.WindowDocument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which open maintenance windows an export writes, named by their description: a window of its own as a one-off
 * document, windows that share a description as one weekly rule when they are exactly a rule's weeks
 * ({@link WeeklyWindowRule}). A description is a name in YAML, so shared ones that are no such rule are left out
 * and listed rather than guessed at; so are windows without a description, and windows on a service the export does
 * not write (the document could not name it). Ended windows are history and not exported.
 */
final class WindowExport {

    /** What is written, and what is left out with the reason. */
    record Result(List<MaintenanceWindow> windows, List<UnexpressedSetting> leftOut) {
    }

    private WindowExport() {
    }

    /**
     * @param exportedServices names of the services the export writes; a window none of whose services is among
     *     them belongs to what the filter left out and is not reported either
     * @param zones the zones a weekly rule is looked for in, most likely first
     */
    static Result of(List<LiveWindow> live, Set<String> exportedServices, List<ZoneId> zones, Instant now) {
        Map<String, List<LiveWindow>> byName = live.stream()
                .filter(window -> window.window().phaseAt(now) != WindowPhase.PAST)
                .collect(Collectors.groupingBy(window -> window.window().name(), LinkedHashMap::new, Collectors.toList()));
        List<MaintenanceWindow> windows = new ArrayList<>();
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
            } else if (!missing.isEmpty()) {
                leftOut.add(notExported(name, ids, "it silences services this export does not write ("
                        + String.join(", ", missing) + ")"));
            } else if (shared.size() == 1) {
                windows.add(WindowDocument.oneOff(window, EXPORTED));
            } else {
                WeeklyWindowRule.of(shared.stream().map(LiveWindow::window).toList(), zones, now, EXPORTED).ifPresentOrElse(
                        windows::add,
                        () -> leftOut.add(notExported(name, ids, shared.size() + " open windows share this"
                                + " description and are not the weeks of one weekly rule; names are identities in"
                                + " YAML, so declare them as one weekly window or give each its own description")));
            }
        });
        return new Result(windows, leftOut);
    }

    private static final Origin EXPORTED = Origin.at(SourceLocation.startOf("export"));

    private static UnexpressedSetting notExported(String name, String ids, String reason) {
        return new UnexpressedSetting(ResourceKey.window(name), UnexpressedSetting.WHOLE_OBJECT,
                "not exported [" + ids + "]: " + reason);
    }
}
