package io.pdgitops.dashboard;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.diff.FieldChange;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.oncall.OnCallDrift;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the drift page shows: the newest check's objects that differ, field by field, the objects PagerDuty has that
 * Git does not declare, and the shifts where PagerDuty pages someone other than Git says.
 *
 * @param state "none", "drift", "in-sync" or "unknown", which styles the page's summary
 * @param revert what brings PagerDuty back to Git: the next sync with self-heal, a manual sync without
 */
record DriftPage(String state, String summary, String checkedAt, String revision, String problem, String revert,
        List<ObjectRow> objects, List<UnmanagedRow> unmanaged, List<ScheduleRow> onCall) {

    /** A declared object that differs. */
    record ObjectRow(String kind, String name, String service, String status, String liveIds, List<FieldRow> fields) {
    }

    /** One differing field; an absent value shows as "(absent)". */
    record FieldRow(String path, String git, String pagerDuty) {
    }

    /** An object PagerDuty has that no revision declares. */
    record UnmanagedRow(String kind, String name, String liveId) {
    }

    /** A schedule whose rendered on-call time differs, in its own time zone. */
    record ScheduleRow(String schedule, String timeZone, List<ShiftRow> differences, List<ShiftRow> overridden) {
    }

    /** From start to end Git says one person, PagerDuty pages another ("nobody" when empty). */
    record ShiftRow(String when, String git, String pagerDuty) {
    }

    static DriftPage of(Optional<DriftSnapshot> snapshot) {
        if (snapshot.isEmpty()) {
            return new DriftPage("unknown", "No drift check has run yet: the first runs after the first sync.", "", "",
                    null, "", List.of(), List.of(), List.of());
        }
        DriftSnapshot check = snapshot.get();
        String checkedAt = PageTimes.stamp(check.checkedAt());
        String revision = check.revision() == null ? "none" : check.revision();
        if (check.report().isEmpty()) {
            return new DriftPage("unknown", "The newest drift check could not be made.", checkedAt, revision,
                    check.problem().orElse("unknown reason"), "", List.of(), List.of(), List.of());
        }
        DriftReport report = check.report().get();
        List<ObjectRow> objects = report.entries().stream().filter(e -> e.status() != DriftStatus.IN_SYNC)
                .map(DriftPage::object).toList();
        List<UnmanagedRow> unmanaged = report.unmanaged().stream()
                .map(u -> new UnmanagedRow(u.key().kind().displayName(), u.key().name(), u.liveId())).toList();
        List<ScheduleRow> onCall = report.onCall().stream().filter(OnCallDrift::drifted).map(DriftPage::schedule)
                .toList();
        boolean drift = check.hasDrift();
        String summary = drift
                ? "%d declared objects differ, %d schedules page someone else, %d objects are not in Git."
                        .formatted(objects.size(), onCall.size(), unmanaged.size())
                : "PagerDuty matches Git" + (unmanaged.isEmpty() ? "." : "; " + unmanaged.size()
                        + " objects in PagerDuty are not in Git.");
        String revert = check.selfHeal()
                ? "Self-heal is on: the next sync reverts these differences."
                : "Self-heal is off: a sync reverts these differences when asked (POST /api/v1/sync with the API token).";
        return new DriftPage(drift ? "drift" : "in-sync", summary, checkedAt, revision, null, revert, objects,
                unmanaged, onCall);
    }

    private static ObjectRow object(DriftEntry entry) {
        List<FieldRow> fields = entry.changes().stream().map(DriftPage::field).toList();
        return new ObjectRow(entry.key().kind().displayName(), entry.key().name(), entry.key().service().orElse(""),
                entry.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), String.join(", ", entry.liveIds()),
                fields);
    }

    private static FieldRow field(FieldChange change) {
        return new FieldRow(change.path(), change.desired().orElse("(absent)"), change.live().orElse("(absent)"));
    }

    private static ScheduleRow schedule(OnCallDrift drift) {
        return new ScheduleRow(drift.schedule(), drift.timeZone().getId(),
                drift.differences().stream().map(s -> shift(s, drift)).toList(),
                drift.overridden().stream().map(s -> shift(s, drift)).toList());
    }

    private static ShiftRow shift(OnCallDrift.Shift shift, OnCallDrift drift) {
        return new ShiftRow(PageTimes.range(shift.start(), shift.end(), drift.timeZone()),
                shift.git().orElse("nobody"), shift.pagerDuty().orElse("nobody"));
    }
}
