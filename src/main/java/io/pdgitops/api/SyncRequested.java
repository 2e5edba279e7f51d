package io.pdgitops.api;

/** What {@code POST /api/v1/sync} answers: the sync is queued, not done. */
public record SyncRequested(String status) {
}
