package io.pdgitops.api;

import java.util.concurrent.Semaphore;

/**
 * How many large request bodies may be in memory at once. Each is bounded by the webhook limit, so the slots bound
 * the heap that bodies can take, whatever the number of connections: 50 senders of 25 MiB need 1.2 GiB, two slots
 * need 50 MiB.
 */
final class LargeBodySlots {

    private final long threshold;
    private final Semaphore slots;

    LargeBodySlots(long threshold, int count) {
        if (threshold <= 0 || count <= 0) {
            throw new IllegalArgumentException("the large-body threshold and slot count must be positive");
        }
        this.threshold = threshold;
        this.slots = new Semaphore(count);
    }

    boolean isLarge(long declaredLength) {
        return declaredLength > threshold;
    }

    /** Takes a slot without waiting; false when all are taken. */
    boolean tryTake() {
        return slots.tryAcquire();
    }

    void giveBack() {
        slots.release();
    }

    int free() {
        return slots.availablePermits();
    }
}
