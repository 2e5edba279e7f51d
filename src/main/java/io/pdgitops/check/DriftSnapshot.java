package io.pdgitops.check;

import io.pdgitops.drift.DriftReport;
import io.pdgitops.model.DesiredState;
import java.time.Instant;
import java.util.Optional;

/**
 * The newest drift check: PagerDuty against the last applied revision.
 *
 * @param report empty when the check could not be made; {@code problem} then says why
 * @param selfHeal the revision's {@code sync.self_heal}: drift is then reverted by a sync
 * @param settled the applied revision as apply sends it (rotation positions settled against PagerDuty), which is
 *     what on-call views render so that they name whom PagerDuty pages; empty when the check could not be made
 */
public record DriftSnapshot(Instant checkedAt, String revision, Optional<DriftReport> report,
        Optional<String> problem, boolean selfHeal, Optional<DesiredState> settled) {

    /** A check without the settled state, for callers that only report drift. */
    public DriftSnapshot(Instant checkedAt, String revision, Optional<DriftReport> report, Optional<String> problem,
            boolean selfHeal) {
        this(checkedAt, revision, report, problem, selfHeal, Optional.empty());
    }

    public boolean hasDrift() {
        return report.map(DriftReport::hasDrift).orElse(false);
    }
}
