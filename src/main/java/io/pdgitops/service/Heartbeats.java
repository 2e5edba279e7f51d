package io.pdgitops.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last beat of each thread the service cannot do without (every HTTP event loop, the scheduler). A thread that
 * died or hangs stops beating; one that has been silent longer than allowed is reported, so that liveness fails and
 * the process is restarted instead of answering some requests and dropping others. Times are given by the caller.
 */
public final class Heartbeats {

    private final Duration allowedSilence;
    private final Map<String, Instant> last = new ConcurrentHashMap<>();

    public Heartbeats(Duration allowedSilence) {
        if (allowedSilence.isNegative() || allowedSilence.isZero()) {
            throw new IllegalArgumentException("the allowed silence must be positive, was " + allowedSilence);
        }
        this.allowedSilence = allowedSilence;
    }

    /** Records a beat of {@code beater}; the first one also starts watching it. */
    public void beat(String beater, Instant at) {
        last.merge(beater, at, (before, now) -> now.isAfter(before) ? now : before);
    }

    /** Each beater silent for longer than allowed at {@code now}, with how long, in the order of their names. */
    public List<String> silent(Instant now) {
        List<String> silent = new ArrayList<>();
        last.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Duration silence = Duration.between(entry.getValue(), now);
            if (silence.compareTo(allowedSilence) > 0) {
                silent.add(entry.getKey() + " silent for " + silence.toSeconds() + " s (allowed "
                        + allowedSilence.toSeconds() + " s)");
            }
        });
        return silent;
    }
}
