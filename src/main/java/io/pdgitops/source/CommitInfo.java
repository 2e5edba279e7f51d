package io.pdgitops.source;

import java.time.Instant;

/** What history shows about a revision. */
public record CommitInfo(String id, String authorName, String authorEmail, String subject, Instant time) {
}
