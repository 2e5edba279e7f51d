package io.pdgitops.api;

import io.pdgitops.service.quarkus.ProcessVitals;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.service.quarkus.ThreadHeartbeats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live until an out-of-memory or other fatal error struck any thread, or escaped the sync worker, and while every
 * event loop and the scheduler keep beating. Only a restart clears a fatal error: a process that lost a thread to
 * one can answer some requests and silently drop others. A silent thread that beats again is live again.
 */
@ApplicationScoped
public class LivenessChecks {

    @Inject
    ProcessVitals vitals;

    @Inject
    SyncService sync;

    @Inject
    ThreadHeartbeats heartbeats;

    @Produces
    @Liveness
    HealthCheck process() {
        return () -> {
            Optional<String> fatal = vitals.fatalError().or(sync::fatalError);
            return HealthCheckResponse.named("process").status(fatal.isEmpty())
                    .withData("fatal", fatal.orElse("none")).build();
        };
    }

    @Produces
    @Liveness
    HealthCheck threads() {
        return () -> {
            List<String> silent = heartbeats.silent();
            return HealthCheckResponse.named("threads").status(silent.isEmpty())
                    .withData("silent", silent.isEmpty() ? "none" : String.join("; ", silent)).build();
        };
    }
}
