package io.pdgitops.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Sends notifications to every receiver on a thread of its own, so a slow or failing receiver never holds up a
 * sync. Each delivery is tried up to {@code attempts} times, waiting {@code firstDelay}, then twice as long, and so
 * on, after a connection failure, a 429 or a 5xx; another 4xx is final (the receiver will not take it). What is
 * logged names the receiver and the status, never its URL or key.
 */
public final class NotificationDispatcher implements AutoCloseable {

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final List<Receiver> receivers;
    private final Transport transport;
    private final int attempts;
    private final Duration firstDelay;
    private final Pause pause;
    private final Consumer<String> log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-gitops-notify");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public NotificationDispatcher(List<Receiver> receivers, Transport transport, int attempts, Duration firstDelay,
            Pause pause, Consumer<String> log) {
        if (attempts < 1) {
            throw new IllegalArgumentException("notification attempts must be at least 1, was " + attempts);
        }
        this.receivers = List.copyOf(receivers);
        this.transport = transport;
        this.attempts = attempts;
        this.firstDelay = firstDelay;
        this.pause = pause;
        this.log = log;
    }

    public boolean hasReceivers() {
        return !receivers.isEmpty();
    }

    /** Queues the notifications for every receiver; returns at once. */
    public void send(List<Notification> notifications) {
        for (Notification notification : notifications) {
            for (Receiver receiver : receivers) {
                worker.submit(() -> deliver(receiver, notification));
            }
        }
    }

    /** Deliveries that a receiver took, and those given up. */
    public long delivered() {
        return delivered.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Waits until everything queued so far has been tried; for tests and shutdown. */
    public boolean drain(Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void deliver(Receiver receiver, Notification notification) {
        Duration delay = firstDelay;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String outcome;
            boolean retryable;
            try {
                int status = transport.post(receiver.request(notification));
                if (status / 100 == 2) {
                    delivered.incrementAndGet();
                    return;
                }
                outcome = "HTTP " + status;
                retryable = status / 100 != 4 || status == 429 || status == 408;
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
                retryable = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
                retryable = false;
            }
            log.accept("Notification " + notification.event().wireName() + " to " + receiver.name() + ": attempt "
                    + attempt + " of " + attempts + " failed (" + outcome + ")");
            if (!retryable || attempt == attempts) {
                break;
            }
            try {
                pause.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = delay.multipliedBy(2);
        }
        failed.incrementAndGet();
        log.accept("Notification " + notification.event().wireName() + " to " + receiver.name() + " given up");
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
