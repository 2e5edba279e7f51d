package io.pdgitops.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code GET /api/v1/status} answers.
 *
 * @param repository the tracked URL, credentials removed
 * @param phase Synced, OutOfSync, Invalid, Failed or Syncing
 * @param lastError why the last sync did not succeed, with file:line for validation errors
 * @param objects documents declared by the last synced revision
 * @param steps steps of the last sync, and how many of them failed
 * @param replica the replica that answered
 * @param leader the replica that syncs: the same one with the file store, the lock holder with PostgreSQL
 */
public record StatusView(String repository, String branch, String path, String pagerDuty,
        @Schema(enumeration = {"Synced", "OutOfSync", "Invalid", "Failed", "Syncing"}) String phase,
        String lastSeenRevision, String lastAppliedRevision, Long lastSyncId, Instant lastSyncAt, String lastError,
        int objects, int steps, int failedSteps, Boolean drift, Instant driftCheckedAt, String replica, String leader) {
}
