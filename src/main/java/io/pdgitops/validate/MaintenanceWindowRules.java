package io.pdgitops.validate;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.FieldPath;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Suggestions;
import io.pdgitops.model.WindowTiming;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the schema cannot say about maintenance windows: names are unique (a name is how a live window is found
 * again), the services are declared, a one-off window ends after it starts, and a weekly window is over before
 * the next one starts (PagerDuty would hold two overlapping windows for the same services).
 */
final class MaintenanceWindowRules {

    private MaintenanceWindowRules() {
    }

    static void check(DesiredState state, Set<ObjectKey> declaredButInvalid, List<Violation> violations) {
        Map<String, MaintenanceWindow> first = new HashMap<>();
        Set<String> services = DesiredState.byName(state.services()).keySet();
        for (MaintenanceWindow window : state.maintenanceWindows()) {
            MaintenanceWindow earlier = first.putIfAbsent(window.name(), window);
            if (earlier != null) {
                violations.add(Violation.error(ViolationCode.DUPLICATE_NAME, window.origin().locationOf(FieldPath.of("name")),
                        MaintenanceWindow.KIND + " `" + window.name() + "` is already declared at "
                                + earlier.origin().locationOf(FieldPath.of("name"))));
            }
            for (int i = 0; i < window.services().size(); i++) {
                String service = window.services().get(i);
                if (!services.contains(service) && !declaredButInvalid.contains(new ObjectKey(ObjectKind.SERVICE, service))) {
                    violations.add(Violation.error(ViolationCode.DANGLING_REFERENCE,
                            window.origin().locationOf(FieldPath.of("services", i)),
                            "Service `" + service + "` is not declared in this repository" + Suggestions.hint(service, services)));
                }
            }
            if (window.timing() instanceof WindowTiming.Once once) {
                checkOnce(window, once, violations);
            } else if (window.timing() instanceof WindowTiming.Weekly weekly) {
                checkWeekly(window, weekly, violations);
            }
        }
    }

    private static void checkOnce(MaintenanceWindow window, WindowTiming.Once once, List<Violation> violations) {
        if (once.start() != null && once.end() != null && !once.end().toInstant().isAfter(once.start().toInstant())) {
            violations.add(Violation.error(ViolationCode.WINDOW_ENDS_BEFORE_START,
                    window.origin().locationOf(FieldPath.of("end")),
                    "maintenance window `" + window.name() + "` ends at " + once.end() + ", not after its start "
                            + once.start()));
        }
    }

    private static void checkWeekly(MaintenanceWindow window, WindowTiming.Weekly weekly, List<Violation> violations) {
        Duration duration = weekly.duration();
        if (duration == null) {
            return; // already reported as too large
        }
        Duration gap = weekly.shortestGap();
        if (duration.isZero() || duration.compareTo(gap) > 0) {
            violations.add(Violation.error(ViolationCode.WINDOW_OVERLAPS_NEXT,
                    window.origin().locationOf(FieldPath.of("weekly", "duration")),
                    "weekly maintenance window `" + window.name() + "` lasts " + duration.toString().substring(2).toLowerCase()
                            + "; it must last more than 0 and at most the " + gap.toHours()
                            + "h between two of its starts"));
        }
    }
}
