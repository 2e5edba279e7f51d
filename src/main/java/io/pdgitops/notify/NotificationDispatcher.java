package io.pdgitops.notify;

import io.pdgitops.http.retry.Decision;
import io.pdgitops.http.retry.Exchange;
import io.pdgitops.http.retry.Exchange.Attempt;
import io.pdgitops.http.retry.Outcome;
import io.pdgitops.http.retry.Repeat;
import io.pdgitops.http.retry.RetryLoop;
import io.pdgitops.http.retry.RetryPolicy;
import io.pdgitops.http.retry.Sleeper;
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
 * Sends notifications to every receiver on a thread of its own, so that a slow or failing receiver never holds up
 * a sync. Each delivery goes through the project's one retry policy (a connection failure, a timeout, a 429 or a
 * 5xx is tried again after a growing pause or the receiver's {@code Retry-After}; another 4xx is final), built once
 * so that its retries carry the same delivery id. What is logged names the receiver and the status, never its URL
 * or key.
 */
public final class NotificationDispatcher implements AutoCloseable {

    private final List<Receiver> receivers;
    private final Transport transport;
    private final RetryLoop retries;
    private final Consumer<String> log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-gitops-notify");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public NotificationDispatcher(List<Receiver> receivers, Transport transport, RetryPolicy policy, Sleeper sleeper,
            Consumer<String> log) {
        this.receivers = List.copyOf(receivers);
        this.transport = transport;
        this.retries = new RetryLoop(policy, sleeper);
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
        String what = "Notification " + notification.event().wireName() + " to " + receiver.name();
        try {
            Delivery delivery = receiver.request(notification);
            // Sending a notification twice does no harm: receivers see the same delivery id and dedup key.
            retries.run(what, Repeat.SAFE, new Exchange<Void>() {
                @Override
                public Attempt<Void> attempt(int retry) {
                    Outcome outcome = transport.post(delivery);
                    return outcome.answered() && outcome.status() / 100 == 2 ? Attempt.succeeded(null)
                            : Attempt.failed(outcome);
                }

                @Override
                public RuntimeException giveUp(Outcome last, Decision decision, int attempts) {
                    return new IllegalStateException(what + " given up after " + attempts + " attempts ("
                            + last.cause() + ")");
                }

                @Override
                public RuntimeException interrupted(InterruptedException cause) {
                    return new IllegalStateException(what + " interrupted");
                }
            });
            delivered.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            log.accept(e instanceof IllegalStateException ? e.getMessage()
                    : what + " failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
