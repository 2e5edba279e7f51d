package io.pdgitops.schedule;

import java.time.Instant;

/** {@code user} on call for {@code [start, end)}, in epoch seconds: the working unit of rendering. */
record Span(long start, long end, String user) {

    Entry toEntry() {
        return new Entry(user, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }
}
