package io.pdgitops.plan;

import io.pdgitops.model.SyncPolicy;

/**
 * @param prune delete what the inventory has and Git no longer declares; off lists them as notes
 * @param maxDeletions a plan with more deletions is refused
 * @param force accept a plan past {@code maxDeletions}
 */
public record PlanOptions(boolean prune, int maxDeletions, boolean force) {

    public static PlanOptions from(SyncPolicy policy, boolean force) {
        return new PlanOptions(policy.prune(), policy.maxDeletions(), force);
    }
}
