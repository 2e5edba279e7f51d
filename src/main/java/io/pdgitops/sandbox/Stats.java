package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Counts of reads, writes, 429s, 5xx, drops and lost answers per route template (or raw path when nothing matched). Thread-safe. */
final class Stats {

    private static final class Counts {
        long reads;
        long writes;
        long rateLimited;
        long serverErrors;
        long dropped;
        long answersLost;
    }

    private final Map<String, Counts> byPath = new TreeMap<>();

    synchronized void record(String path, boolean read, int status, boolean dropped) {
        Counts counts = byPath.computeIfAbsent(path, key -> new Counts());
        if (read) {
            counts.reads++;
        } else {
            counts.writes++;
        }
        if (status == 429) {
            counts.rateLimited++;
        } else if (status >= 500) {
            counts.serverErrors++;
        }
        if (dropped) {
            counts.dropped++;
        }
    }

    /** A write was done and its answer then lost (already recorded as a write and a 5xx or a drop). */
    synchronized void answerLost(String path) {
        byPath.computeIfAbsent(path, key -> new Counts()).answersLost++;
    }

    synchronized void reset() {
        byPath.clear();
    }

    synchronized ObjectNode toJson() {
        ObjectNode root = Json.object();
        ObjectNode paths = root.putObject("paths");
        long reads = 0;
        long writes = 0;
        long rateLimited = 0;
        long answersLost = 0;
        for (Map.Entry<String, Counts> entry : byPath.entrySet()) {
            Counts counts = entry.getValue();
            paths.putObject(entry.getKey())
                    .put("reads", counts.reads).put("writes", counts.writes).put("rate_limited", counts.rateLimited)
                    .put("server_errors", counts.serverErrors).put("dropped", counts.dropped)
                    .put("answers_lost", counts.answersLost);
            reads += counts.reads;
            writes += counts.writes;
            rateLimited += counts.rateLimited;
            answersLost += counts.answersLost;
        }
        root.putObject("totals").put("reads", reads).put("writes", writes).put("rate_limited", rateLimited)
                .put("answers_lost", answersLost);
        return root;
    }
}
