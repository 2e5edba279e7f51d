package io.pdgitops.service;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.oncall.OnCallDrift;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether drift found by a check starts a self-heal sync. Field drift always does: a sync sends the fields
 * back. A schedule whose fields all match but which PagerDuty renders otherwise is healed by re-sending its layers;
 * if it still renders otherwise after that, sending the same layers again cannot help (PagerDuty counts the schedule
 * differently than pd-gitops models it, e.g. across a daylight saving change), and re-sending it every drift
 * interval would only add writes. Such a schedule is healed once per revision and then reported, not re-sent.
 */
public final class SelfHealGuard {

    private String healedRevision;
    private Set<String> healedSchedules = Set.of();
    private boolean heldBackSaid;

    /** The decision for one drift check, and why a heal is held back the first time it is (to be logged once). */
    public record Decision(boolean heal, Optional<String> heldBack) {
    }

    /** Call once per drift check with self-heal on; remembers what it let through. */
    public synchronized Decision decide(DriftSnapshot snapshot) {
        DriftReport report = snapshot.report().orElse(null);
        if (report == null || !report.hasDrift()) {
            forget();
            return new Decision(false, Optional.empty());
        }
        Set<String> onCallOnly = onCallDrifted(report);
        boolean fieldDrift = report.entries().stream().anyMatch(entry -> entry.status() != DriftStatus.IN_SYNC);
        boolean resentAlready = snapshot.revision() != null && snapshot.revision().equals(healedRevision)
                && !onCallOnly.isEmpty() && healedSchedules.containsAll(onCallOnly);
        if (!fieldDrift && resentAlready) {
            if (heldBackSaid) {
                return new Decision(false, Optional.empty());
            }
            heldBackSaid = true;
            return new Decision(false, Optional.of("PagerDuty still pages someone other than Git says on "
                    + String.join(", ", onCallOnly) + " after its layers were re-sent for revision "
                    + snapshot.revision() + "; not re-sending them again for this revision (see the daylight saving "
                    + "setting in docs/rosters-and-schedules.md)"));
        }
        healedRevision = snapshot.revision();
        healedSchedules = onCallOnly;
        heldBackSaid = false;
        return new Decision(true, Optional.empty());
    }

    private void forget() {
        healedRevision = null;
        healedSchedules = Set.of();
        heldBackSaid = false;
    }

    private static Set<String> onCallDrifted(DriftReport report) {
        Set<String> names = new TreeSet<>();
        report.onCall().stream().filter(OnCallDrift::drifted).map(OnCallDrift::schedule).forEach(names::add);
        return names;
    }
}
