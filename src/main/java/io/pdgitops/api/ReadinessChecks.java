package io.pdgitops.api;

import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.TrackedGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the last fetch reached Git and the last PagerDuty call got a usable answer. */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Produces
    @Readiness
    HealthCheck git() {
        return () -> check("git", git.lastFetchError());
    }

    @Produces
    @Readiness
    HealthCheck pagerDuty() {
        return () -> check("pagerduty", pagerDuty.lastProblem());
    }

    private static HealthCheckResponse check(String name, Optional<String> problem) {
        return HealthCheckResponse.named(name).status(problem.isEmpty())
                .withData("problem", problem.orElse("none")).build();
    }
}
