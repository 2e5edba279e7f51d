package io.pdgitops.api;

import io.pdgitops.service.quarkus.ProcessVitals;
import io.pdgitops.service.quarkus.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live until an out-of-memory or other fatal error struck any thread, or escaped the sync worker. Only a restart
 * clears it: a process that lost a thread to an error can answer some requests and silently drop others.
 */
@ApplicationScoped
public class LivenessChecks {

    @Inject
    ProcessVitals vitals;

    @Inject
    SyncService sync;

    @Produces
    @Liveness
    HealthCheck process() {
        return () -> {
            Optional<String> fatal = vitals.fatalError().or(sync::fatalError);
            return HealthCheckResponse.named("process").status(fatal.isEmpty())
                    .withData("fatal", fatal.orElse("none")).build();
        };
    }
}
