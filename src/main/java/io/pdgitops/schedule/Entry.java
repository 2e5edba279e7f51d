package io.pdgitops.schedule;

import java.time.Instant;

/** A span {@code [start, end)} during which {@code user} is on call. */
public record Entry(String user, Instant start, Instant end) {
}
