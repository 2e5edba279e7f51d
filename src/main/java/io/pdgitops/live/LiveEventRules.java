package io.pdgitops.live;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.Service;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.OrchestrationDto;
import io.pdgitops.pagerduty.dto.ServiceDto;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The event orchestrations of services. PagerDuty has no list of them, so each costs one
 * {@code GET /event_orchestrations/services/{id}} and one {@code GET .../active}: a plan reads only the services
 * whose YAML declares {@code event_rules}, or whose rules the last apply recorded (their reset needs them); export
 * reads every service's, and the active flag only of those with something to export.
 */
final class LiveEventRules {

    private final PagerDutyClient client;
    private final int concurrency;

    LiveEventRules(PagerDutyClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    /** @param recorded the services whose rules the last apply recorded */
    LiveRecords read(LiveRecords records, DesiredState desired, Set<String> recorded) {
        Set<String> wanted = desired.services().stream()
                .filter(service -> service.eventRules().isPresent())
                .map(Service::name)
                .collect(Collectors.toCollection(HashSet::new));
        wanted.addAll(recorded);
        return wanted.isEmpty() ? records : read(records, wanted::contains, orchestration -> true);
    }

    LiveRecords readAll(LiveRecords records) {
        // A default orchestration is not exported whether it runs or not: its flag would cost a call for nothing.
        return read(records, name -> true, orchestration -> !EventRuleJson.isDefault(orchestration));
    }

    private LiveRecords read(LiveRecords records, Predicate<String> wanted, Predicate<OrchestrationDto> activeWanted) {
        Map<String, Future<OrchestrationDto>> reads = new LinkedHashMap<>();
        Map<String, Future<Boolean>> flags = new LinkedHashMap<>();
        Map<String, ReadOrchestration> read = new HashMap<>();
        try (ConcurrentReads pool = new ConcurrentReads(concurrency)) {
            for (ServiceDto service : records.services()) {
                if (wanted.test(service.name())) {
                    reads.put(service.id(), pool.submit(() -> client.eventOrchestrations().ofService(service.id())));
                }
            }
            Map<String, OrchestrationDto> paths = new HashMap<>();
            reads.forEach((id, future) -> {
                OrchestrationDto path = pool.get(future);
                paths.put(id, path);
                if (activeWanted.test(path)) {
                    flags.put(id, pool.submit(() -> client.eventOrchestrations().active(id)));
                }
            });
            // Not asked for export's default orchestrations: taken as running, which changes nothing there.
            paths.forEach((id, path) -> read.put(id, new ReadOrchestration(path,
                    !flags.containsKey(id) || pool.get(flags.get(id)))));
        }
        return records.withOrchestrations(read);
    }

    /** The event rules of the service {@code id} in the model, when they were read; pure. */
    static Optional<EventRules> of(LiveRecords records, String id) {
        return Optional.ofNullable(records.orchestrations().get(id))
                .map(read -> EventRuleJson.rules(read.path(), read.active()));
    }
}
