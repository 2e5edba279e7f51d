package io.pdgitops.live;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few threads for reads that do not depend on each other. A read's own exception comes back unchanged from
 * {@link #get}; closing waits for reads still in flight, so none reaches PagerDuty after the caller moved on.
 */
final class ConcurrentReads implements AutoCloseable {

    private static final long DRAIN_SECONDS = 120;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;

    ConcurrentReads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one read at a time, was " + threads);
        }
        int number = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "pd-gitops-read-" + number + "-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Callable<T> read) {
        return pool.submit(read);
    }

    <T> T get(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading PagerDuty", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Reads not yet started are dropped (a failed read ends the whole read anyway); running ones finish. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
