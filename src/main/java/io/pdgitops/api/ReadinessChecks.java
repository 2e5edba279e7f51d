package io.pdgitops.api;

import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.SyncService;
import io.pdgitops.service.quarkus.TrackedGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the last fetch reached Git and the last PagerDuty call got a usable answer. A follower replica neither
 * fetches nor calls PagerDuty (the leader does), so it would never pass these two: it is ready when its database is,
 * which the datasource's own check covers, because what it serves (reads, webhooks handed to the leader) needs no more.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    TrackedGit git;

    @Inject
    PagerDutyConnection pagerDuty;

    @Inject
    SyncService sync;

    @Produces
    @Readiness
    HealthCheck git() {
        return () -> check("git", git.lastFetchError(), "fetches");
    }

    @Produces
    @Readiness
    HealthCheck pagerDuty() {
        return () -> check("pagerduty", pagerDuty.lastProblem(), "calls PagerDuty");
    }

    private HealthCheckResponse check(String name, Optional<String> problem, String leaderDoes) {
        if (!sync.leads()) {
            return HealthCheckResponse.named(name).up().withData("problem", "none (a follower: the leader " + leaderDoes
                    + ")").build();
        }
        return HealthCheckResponse.named(name).status(problem.isEmpty())
                .withData("problem", problem.orElse("none")).build();
    }
}
