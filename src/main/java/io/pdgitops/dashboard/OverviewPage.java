package io.pdgitops.dashboard;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.state.StepResult;
import io.pdgitops.state.StepResultStatus;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.validate.Problem;
import io.pdgitops.validate.ProblemSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the overview page shows: where the branch and PagerDuty stand, and the sync history, newest first.
 *
 * @param phaseClass the phase in lower case, which styles it
 * @param nextDriftCheck when the periodic drift check runs next, or why none is known
 */
record OverviewPage(String repository, String branch, String path, String pagerDuty, String phase, String phaseClass,
        String lastError, String appliedRevision, String seenRevision, String lastSyncAt, String driftState,
        String driftCheckedAt, String nextDriftCheck, int objects, String replica, String leader, List<SyncRow> syncs) {

    /** One sync of the history. */
    record SyncRow(long id, String startedAt, String startedIso, String took, String trigger, String revision,
            String shortRevision, String author, String message, String outcome, String outcomeClass,
            List<StepRow> steps, int failedSteps, List<ProblemRow> errors) {
    }

    /** One step of a sync. */
    record StepRow(String action, String object, String status, String statusClass, String error) {
    }

    /**
     * One error of a sync.
     *
     * @param link the Git host's page of the file at that line, or null when unknown
     */
    record ProblemRow(String location, String link, String message) {
    }

    /** Inputs the service holds; gathered by the resource, turned into rows here. */
    record Inputs(String repository, String branch, String path, String pagerDuty, String phase, String lastError,
            String appliedRevision, String seenRevision, int objects, String replica, String leader,
            List<SyncRecord> history, Optional<DriftSnapshot> drift, Duration driftInterval, SourceLinks links,
            int historyRows) {
    }

    static OverviewPage of(Inputs in) {
        List<SyncRecord> history = in.history();
        List<SyncRow> rows = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && rows.size() < in.historyRows(); i--) {
            rows.add(row(history.get(i), in.links()));
        }
        Optional<SyncRecord> last = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        Optional<DriftSnapshot> drift = in.drift();
        return new OverviewPage(in.repository(), in.branch(), in.path().isEmpty() ? "(repository root)" : in.path(),
                in.pagerDuty(), in.phase(), in.phase().toLowerCase(Locale.ROOT), in.lastError(),
                orNone(in.appliedRevision()), orNone(in.seenRevision()),
                last.map(r -> PageTimes.stamp(r.finishedAt())).orElse("never"), driftState(drift),
                drift.map(d -> PageTimes.stamp(d.checkedAt())).orElse("not yet"),
                in.driftInterval().isZero() ? "never: the periodic check is off"
                        : drift.map(d -> PageTimes.stamp(d.checkedAt().plus(in.driftInterval())))
                                .orElse("after the first sync"),
                in.objects(), in.replica(), in.leader() == null ? "none" : in.leader(), List.copyOf(rows));
    }

    private static String driftState(Optional<DriftSnapshot> drift) {
        if (drift.isEmpty()) {
            return "not checked yet";
        }
        if (drift.get().report().isEmpty()) {
            return "check failed: " + drift.get().problem().orElse("unknown reason");
        }
        return drift.get().hasDrift() ? "PagerDuty differs from Git" : "in sync";
    }

    private static SyncRow row(SyncRecord sync, SourceLinks links) {
        List<StepRow> steps = sync.steps().stream().map(OverviewPage::step).toList();
        int failed = (int) sync.steps().stream().filter(s -> s.status() == StepResultStatus.FAILED).count();
        List<ProblemRow> errors = sync.errors().stream().map(p -> problem(p, sync.revision(), links)).toList();
        String revision = orNone(sync.revision());
        String outcome = sync.outcome() == null ? "RUNNING" : sync.outcome().name();
        return new SyncRow(sync.id(), PageTimes.stamp(sync.startedAt()), PageTimes.iso(sync.startedAt()),
                sync.finishedAt() == null || sync.startedAt() == null ? ""
                        : PageTimes.length(Duration.between(sync.startedAt(), sync.finishedAt())),
                sync.trigger() == null ? "" : sync.trigger().name(), revision,
                revision.length() > 12 ? revision.substring(0, 12) : revision, orEmpty(sync.author()),
                firstLine(sync.message()), outcome, outcome.toLowerCase(Locale.ROOT).replace('_', '-'), steps, failed,
                errors);
    }

    private static StepRow step(StepResult step) {
        String status = step.status() == null ? "" : step.status().name();
        return new StepRow(orEmpty(step.action()), orEmpty(step.object()), status, status.toLowerCase(Locale.ROOT),
                orEmpty(step.error()));
    }

    private static ProblemRow problem(Problem problem, String revision, SourceLinks links) {
        if (problem.source() != ProblemSource.FILE) {
            return new ProblemRow(problem.source().name().toLowerCase(Locale.ROOT), null, problem.message());
        }
        String location = problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
        return new ProblemRow(location, links.link(revision, problem.file(), problem.line()).orElse(null),
                problem.message());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
