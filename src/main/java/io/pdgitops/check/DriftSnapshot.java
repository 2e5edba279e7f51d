package io.pdgitops.check;

import io.pdgitops.drift.DriftReport;
import java.time.Instant;
import java.util.Optional;

/**
 * The newest drift check: PagerDuty against the last applied revision.
 *
 * @param report empty when the check could not be made; {@code problem} then says why
 * @param selfHeal the revision's {@code sync.self_heal}: drift is then reverted by a sync
 */
public record DriftSnapshot(Instant checkedAt, String revision, Optional<DriftReport> report,
        Optional<String> problem, boolean selfHeal) {

    public boolean hasDrift() {
        return report.map(DriftReport::hasDrift).orElse(false);
    }
}
