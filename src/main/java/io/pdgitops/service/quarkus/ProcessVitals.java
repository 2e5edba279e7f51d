package io.pdgitops.service.quarkus;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Remembers the first error that the process cannot be trusted to survive: an {@link OutOfMemoryError} or any other
 * {@link VirtualMachineError} on an event loop, a worker or any thread that dies of it. After one, parts of the
 * process may be dead while others still answer, so liveness fails and the orchestrator restarts the process.
 */
@ApplicationScoped
public class ProcessVitals {

    private static final Logger LOG = Logger.getLogger(ProcessVitals.class);

    private final AtomicReference<String> fatal = new AtomicReference<>();

    void watch(@Observes StartupEvent event, Vertx vertx) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof Error) {
                record("thread " + thread.getName(), error);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
        vertx.exceptionHandler(error -> {
            if (error instanceof VirtualMachineError) {
                record("the HTTP event loop", error);
            }
        });
    }

    /** Records {@code error}; only the first is kept, as later ones are usually its consequences. */
    public void record(String where, Throwable error) {
        if (fatal.compareAndSet(null, error.getClass().getName() + " in " + where)) {
            LOG.fatal("The process is no longer healthy, liveness now fails: " + fatal.get(), error);
        }
    }

    public Optional<String> fatalError() {
        return Optional.ofNullable(fatal.get());
    }
}
