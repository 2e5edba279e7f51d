package io.pdgitops.notify;

import io.pdgitops.check.DriftSnapshot;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.state.StepResultStatus;
import io.pdgitops.state.SyncOutcome;
import io.pdgitops.state.SyncRecord;
import io.pdgitops.validate.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns syncs and drift checks into notifications, one per change of state: a second failed sync after a failed one
 * says nothing, the first successful sync after it says "recovered". A commit that lands invalid is told once per
 * commit. What the process saw before it started is unknown, so the first observation only tells of a problem.
 * Not thread-safe: the service calls it from its single sync worker.
 */
public final class StateChanges {

    private static final int MAX_DETAILS = 5;

    private enum SyncHealth { OK, FAILED, INVALID }

    private final String repository;
    private final Optional<String> link;
    private SyncHealth health;
    private String invalidRevision;
    private Boolean drifted;

    /** @param link the dashboard's public URL, if configured */
    public StateChanges(String repository, Optional<String> link) {
        this.repository = repository;
        this.link = link;
    }

    public List<Notification> afterSync(SyncRecord sync) {
        SyncHealth now = health(sync.outcome());
        if (now == null) {
            return List.of();
        }
        SyncHealth before = health;
        health = now;
        Optional<String> revision = Optional.ofNullable(sync.revision());
        String shortRevision = revision.map(r -> r.length() > 8 ? r.substring(0, 8) : r).orElse("(no revision)");
        return switch (now) {
            case OK -> {
                invalidRevision = null;
                yield before == null || before == SyncHealth.OK ? List.of()
                        : List.of(notification(NotificationEvent.RECOVERED, sync, "Sync #" + sync.id() + " of "
                                + shortRevision + " succeeded: PagerDuty follows Git again", List.of()));
            }
            case FAILED -> before == SyncHealth.FAILED ? List.of()
                    : List.of(notification(NotificationEvent.SYNC_FAILED, sync, "Sync #" + sync.id() + " of "
                            + shortRevision + " failed", failures(sync)));
            case INVALID -> {
                boolean told = before == SyncHealth.INVALID && revision.isPresent()
                        && revision.get().equals(invalidRevision);
                invalidRevision = revision.orElse(null);
                yield told ? List.of() : List.of(notification(NotificationEvent.COMMIT_INVALID, sync, "Commit "
                        + shortRevision + " is invalid; nothing was applied", failures(sync)));
            }
        };
    }

    public List<Notification> afterDrift(DriftSnapshot check) {
        if (check.report().isEmpty()) {
            return List.of();
        }
        boolean now = check.hasDrift();
        Boolean before = drifted;
        drifted = now;
        if (before == null ? !now : before == now) {
            return List.of();
        }
        Optional<String> revision = Optional.ofNullable(check.revision());
        String title = now ? "PagerDuty differs from Git" + (check.selfHeal() ? "; self-heal reverts it" : "")
                : "PagerDuty matches Git again";
        List<String> details = now ? driftDetails(check) : List.of();
        return List.of(new Notification(now ? NotificationEvent.DRIFT_APPEARED : NotificationEvent.DRIFT_GONE,
                check.checkedAt(), title, details, repository, revision, Optional.empty(), link));
    }

    private Notification notification(NotificationEvent event, SyncRecord sync, String title, List<String> details) {
        return new Notification(event, sync.finishedAt() == null ? sync.startedAt() : sync.finishedAt(), title,
                details, repository, Optional.ofNullable(sync.revision()), Optional.of(sync.id()), link);
    }

    private static SyncHealth health(SyncOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case SUCCEEDED, NO_CHANGES -> SyncHealth.OK;
            case FAILED, PARTIALLY_FAILED -> SyncHealth.FAILED;
            case INVALID_CONFIG -> SyncHealth.INVALID;
            // An interrupted sync is resumed by the next one, which tells how it went.
            case INTERRUPTED -> null;
        };
    }

    private static List<String> failures(SyncRecord sync) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : sync.errors()) {
            lines.add(problem.file() == null ? problem.message()
                    : problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.message());
        }
        sync.steps().stream().filter(step -> step.status() == StepResultStatus.FAILED)
                .forEach(step -> lines.add(step.action() + " " + step.object() + ": " + step.error()));
        return cap(lines);
    }

    private static List<String> driftDetails(DriftSnapshot check) {
        List<String> lines = new ArrayList<>();
        check.report().get().entries().stream().filter(e -> e.status() != DriftStatus.IN_SYNC)
                .forEach(e -> lines.add(e.key().kind().displayName() + " " + e.key().name() + ": "
                        + e.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        check.report().get().onCall().stream().filter(d -> d.drifted())
                .forEach(d -> lines.add("Schedule " + d.schedule() + ": " + d.differences().size()
                        + " shifts page someone other than Git says"));
        return cap(lines);
    }

    private static List<String> cap(List<String> lines) {
        if (lines.size() <= MAX_DETAILS) {
            return List.copyOf(lines);
        }
        List<String> capped = new ArrayList<>(lines.subList(0, MAX_DETAILS));
        capped.add("... and " + (lines.size() - MAX_DETAILS) + " more");
        return capped;
    }
}
