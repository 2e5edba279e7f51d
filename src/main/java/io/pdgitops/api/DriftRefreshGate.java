package io.pdgitops.api;

import io.pdgitops.pagerduty.Ticker;
import io.pdgitops.service.quarkus.PagerDutyConnection;
import io.pdgitops.service.quarkus.ServiceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Who may make the service read the whole PagerDuty account now, and how often. With an API token set, only its
 * holders; without one, anyone, but each client address only {@code on-demand.checks-per-client-per-minute} times
 * a minute. Either way a check is refused while the requests' share of PagerDuty's rate is spent, so that it never
 * waits in the sync worker's queue for permits the syncs need. Refusals are 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class DriftRefreshGate {

    @Inject
    ApiAuth auth;

    @Inject
    ServiceConfig config;

    @Inject
    PagerDutyConnection pagerDuty;

    private ClientBudgets clients;

    @PostConstruct
    void setUp() {
        clients = new ClientBudgets(config.onDemand().checksPerClientPerMinute(), Ticker.SYSTEM);
    }

    /** Returns when a check may run; otherwise throws the refusal (401, 429). */
    public void admit(String authorization, String clientAddress) {
        boolean anyone = auth.writeTokenUnset();
        if (!anyone) {
            auth.requireWrite(authorization);
        }
        Duration shared = pagerDuty.requestsLane().untilFree();
        if (!shared.isZero()) {
            throw ApiError.tooMany(shared, "the PagerDuty requests kept for checks on demand are spent for now "
                    + "(pd-gitops.on-demand.pagerduty-requests-per-minute)");
        }
        if (anyone) {
            Duration own = clients.take(clientAddress);
            if (!own.isZero()) {
                throw ApiError.tooMany(own, "this client has asked for "
                        + config.onDemand().checksPerClientPerMinute() + " drift checks in the last minute "
                        + "(pd-gitops.on-demand.checks-per-client-per-minute; set pd-gitops.api-token to limit "
                        + "checks to its holders instead)");
            }
        }
    }
}
