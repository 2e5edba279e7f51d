package io.pdgitops.diff;

import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.WindowOccurrence;
import io.pdgitops.model.WindowPhase;
import io.pdgitops.model.WindowTiming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares declared maintenance windows with PagerDuty's at a given instant. Ended windows on either side are
 * history and take no part. Live windows whose description is no declared name are not touched here: they are
 * someone else's, or the inventory's to prune. For a declared name, a one-off window pairs with the one open live
 * window of that name whatever its start; a weekly rule's windows pair by start, so a moved rule deletes the old
 * weeks and creates the new ones (a running window pairs by its end, as PagerDuty moves a start in the past to the
 * moment of the create). A running window's start is never changed, since PagerDuty cannot.
 */
public final class WindowDiff {

    private WindowDiff() {
    }

    public static List<WindowChange> between(List<MaintenanceWindow> declared, List<LiveWindow> live, Instant now) {
        Map<String, List<LiveWindow>> openByName = new LinkedHashMap<>();
        for (LiveWindow window : live) {
            if (window.window().phaseAt(now) != WindowPhase.PAST) {
                openByName.computeIfAbsent(window.window().name(), name -> new ArrayList<>()).add(window);
            }
        }
        List<WindowChange> changes = new ArrayList<>();
        for (MaintenanceWindow window : declared) {
            List<LiveWindow> open = new ArrayList<>(openByName.getOrDefault(window.name(), List.of()));
            List<WindowOccurrence> wanted = MaintenanceOccurrences.of(window, now).stream()
                    .filter(occurrence -> occurrence.phaseAt(now) != WindowPhase.PAST)
                    .toList();
            boolean oneOff = window.timing() instanceof WindowTiming.Once;
            for (WindowOccurrence occurrence : wanted) {
                Optional<LiveWindow> match = oneOff && open.size() == 1
                        ? Optional.of(open.get(0))
                        : open.stream().filter(candidate -> sameWeek(occurrence, candidate.window(), now)).findFirst();
                match.ifPresentOrElse(paired -> {
                    open.remove(paired);
                    List<FieldChange> fields = fieldChanges(occurrence, paired.window(), now);
                    if (!fields.isEmpty()) {
                        changes.add(new WindowChange(WindowChange.Action.UPDATE, settled(occurrence, paired.window(), now),
                                Optional.of(paired.id()), fields));
                    }
                }, () -> changes.add(new WindowChange(WindowChange.Action.CREATE, occurrence, Optional.empty(), List.of())));
            }
            open.forEach(stale -> changes.add(
                    new WindowChange(WindowChange.Action.DELETE, stale.window(), Optional.of(stale.id()), List.of())));
        }
        return changes;
    }

    /**
     * Whether a live window is this week's window of a rule: the same start, or, for a window running now, the same
     * end, as PagerDuty moved the start of a window created late to the moment it was created.
     */
    private static boolean sameWeek(WindowOccurrence wanted, WindowOccurrence live, Instant now) {
        return live.start().equals(wanted.start())
                || live.phaseAt(now) == WindowPhase.ONGOING && wanted.phaseAt(now) == WindowPhase.ONGOING
                && live.end().equals(wanted.end());
    }

    /** The declared window, with the live start kept when the live window is already running. */
    private static WindowOccurrence settled(WindowOccurrence desired, WindowOccurrence live, Instant now) {
        return live.phaseAt(now) == WindowPhase.ONGOING
                ? new WindowOccurrence(desired.name(), desired.services(), live.start(), desired.end())
                : desired;
    }

    private static List<FieldChange> fieldChanges(WindowOccurrence desired, WindowOccurrence live, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        if (live.phaseAt(now) == WindowPhase.FUTURE && !desired.start().equals(live.start())) {
            changes.add(FieldChange.of("start", desired.start().toString(), live.start().toString()));
        }
        if (!desired.end().equals(live.end())) {
            changes.add(FieldChange.of("end", desired.end().toString(), live.end().toString()));
        }
        Set<String> wanted = new TreeSet<>(desired.services());
        Set<String> has = new TreeSet<>(live.services());
        if (!wanted.equals(has)) {
            changes.add(FieldChange.of("services", String.join(", ", wanted), String.join(", ", has)));
        }
        return changes;
    }
}
