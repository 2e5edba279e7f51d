package io.pdgitops.live;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Service;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The event orchestrations of services. PagerDuty has no list of them, so each costs one
 * {@code GET /event_orchestrations/services/{id}}: a plan reads only the services whose YAML declares
 * {@code event_rules}; export reads every service's.
 */
final class LiveEventRules {

    private final PagerDutyClient client;
    private final int concurrency;

    LiveEventRules(PagerDutyClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    LiveRecords read(LiveRecords records, DesiredState desired) {
        Set<String> declared = desired.services().stream()
                .filter(service -> service.eventRules().isPresent())
                .map(Service::name)
                .collect(Collectors.toSet());
        return declared.isEmpty() ? records : read(records, declared::contains);
    }

    LiveRecords readAll(LiveRecords records) {
        return read(records, name -> true);
    }

    private LiveRecords read(LiveRecords records, Predicate<String> wanted) {
        Map<String, Future<OrchestrationDto>> reads = new LinkedHashMap<>();
        Map<String, OrchestrationDto> read = new HashMap<>();
        try (ConcurrentReads pool = new ConcurrentReads(concurrency)) {
            for (ServiceDto service : records.services()) {
                if (wanted.test(service.name())) {
                    reads.put(service.id(), pool.submit(() -> client.eventOrchestrations().ofService(service.id())));
                }
            }
            reads.forEach((id, future) -> read.put(id, pool.get(future)));
        }
        return records.withOrchestrations(read);
    }

    /** The event rules of the service {@code id} in the model, when they were read; pure. */
    static Optional<EventRules> of(LiveRecords records, String id) {
        return Optional.ofNullable(records.orchestrations().get(id)).map(EventRuleJson::rules);
    }
}
