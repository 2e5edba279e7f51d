package io.pdgitops.apply;

import io.pdgitops.live.EventRuleJson;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Service;
import io.pdgitops.pagerduty.PagerDutyClient;
import java.util.List;

/**
 * Makes a service's event orchestration the rules its YAML lists, when it lists them. Both calls replace what is
 * there, so a run cut off half way is finished by running it again, and a lost answer is retried by the client
 * like any PUT. The orchestration is made active first: written the other way round, a run cut off between the
 * two would leave rules that a plan finds equal and PagerDuty does not run.
 */
final class OrchestrationSync {

    private final PagerDutyClient client;

    OrchestrationSync(PagerDutyClient client) {
        this.client = client;
    }

    /**
     * Writes PagerDuty's default orchestration to the service {@code id}: no rules, a catch-all without actions. The
     * active flag is left as it is: pd-gitops no longer manages the orchestration, and an empty one does nothing.
     */
    void reset(String id) {
        client.eventOrchestrations().update(id, EventRuleJson.write(EventRules.declared(List.of())));
    }

    /** @param write false when only the active flag differs: the rules are already as Git says */
    void sync(Service service, String id, boolean write) {
        service.eventRules().ifPresent(rules -> {
            client.eventOrchestrations().activate(id, true);
            if (write) {
                client.eventOrchestrations().update(id, EventRuleJson.write(rules));
            }
        });
    }
}
