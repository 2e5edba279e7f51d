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
 * not write (the document could not name it). A window chosen on its own ({@link Choice}) may name services the
 * export does not write, for a repository that declares them, as long as each is one PagerDuty service. Ended
 * windows are history and not exported.
 */
final class WindowExport {

    /** What is written, and what is left out with the reason. */
    record Result(List<MaintenanceWindow> windows, List<UnexpressedSetting> leftOut) {
    }

    private WindowExport() {
    }

    /**
     * Whether the windows of one description are chosen on their own ({@code export --kind MaintenanceWindow}).
     */
    @FunctionalInterface
    interface Choice {
        /** @param services every service the windows of that description silence */
        boolean chooses(String description, List<String> services);
    }

    /**
     * @param exportedServices names of the services the export writes; a window none of whose services is among
     *     them, and that {@code choice} does not choose, belongs to what the filter left out and is not reported
     * @param nameableServices names of the services an export could write (one PagerDuty service of that name): a
     *     window chosen on its own names its services without writing them, so each must be one of these
     * @param zones the zones a weekly rule is looked for in, most likely first
     */
    static Result of(List<LiveWindow> live, Set<String> exportedServices, Set<String> nameableServices, Choice choice,
            List<ZoneId> zones, Instant now) {
        Map<String, List<LiveWindow>> byName = live.stream()
                .filter(window -> window.window().phaseAt(now) != WindowPhase.PAST)
                .collect(Collectors.groupingBy(window -> window.window().name(), LinkedHashMap::new, Collectors.toList()));
        List<MaintenanceWindow> windows = new ArrayList<>();
        List<UnexpressedSetting> leftOut = new ArrayList<>();
        byName.forEach((name, shared) -> {
            List<String> silenced = shared.stream().flatMap(window -> window.window().services().stream()).distinct()
                    .toList();
            boolean chosen = choice.chooses(name, silenced);
            if (!chosen && silenced.stream().noneMatch(exportedServices::contains)) {
                return;
            }
            String ids = shared.stream().map(LiveWindow::id).collect(Collectors.joining(", "));
            List<String> missing = silenced.stream()
                    .filter(service -> !(chosen ? nameableServices : exportedServices).contains(service)).toList();
            if (name.isBlank()) {
                leftOut.add(notExported(name, ids, "it has no description, which is a window's name in YAML"));
            } else if (!missing.isEmpty()) {
                leftOut.add(notExported(name, ids, (chosen ? "it silences services no export can name, as PagerDuty"
                        + " has none or several of the name (" : "it silences services this export does not write (")
                        + String.join(", ", missing) + ")"));
            } else if (shared.size() == 1) {
                windows.add(WindowDocument.oneOff(shared.get(0).window(), EXPORTED));
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
