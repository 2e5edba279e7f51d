package io.pdgitops.apply;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.diff.LiveObject;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.LiveAccount;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names to PagerDuty ids while an apply runs: what the live read found, plus what earlier steps created. A name
 * that several live objects share has no id here, so nothing is ever written against a guess. Steps on several
 * workers share one registry: what changes while an apply runs is guarded by the registry's lock.
 */
final class IdRegistry {

    private final Map<ResourceKind, Map<String, String>> ids = new EnumMap<>(ResourceKind.class);
    private final Map<ResourceKind, Set<String>> ambiguous = new EnumMap<>(ResourceKind.class);
    private final Map<String, Map<String, String>> integrationIds = new HashMap<>();
    private final Map<String, List<ScheduleLayerDto>> currentLayers;
    private final Map<String, String> userIds;
    private final Map<String, String> vendorIds;

    IdRegistry(LiveAccount account) {
        index(ResourceKind.TEAM, account.state().teams());
        index(ResourceKind.SCHEDULE, account.state().schedules());
        index(ResourceKind.ESCALATION_POLICY, account.state().escalationPolicies());
        index(ResourceKind.SERVICE, account.state().services());
        index(ResourceKind.BUSINESS_SERVICE, account.state().businessServices());
        account.state().integrations().forEach((serviceId, integrations) -> {
            Map<String, String> byName = new HashMap<>();
            for (LiveIntegration integration : integrations) {
                byName.put(integration.integration().name(), integration.id());
            }
            integrationIds.put(serviceId, byName);
        });
        this.currentLayers = new HashMap<>(account.currentLayers());
        this.userIds = account.userIds();
        this.vendorIds = account.vendorIds();
    }

    synchronized String id(ResourceKind kind, String name) {
        String id = ids.getOrDefault(kind, Map.of()).get(name);
        if (id != null) {
            return id;
        }
        String reason = ambiguous.getOrDefault(kind, Set.of()).contains(name)
                ? "several PagerDuty objects have that name"
                : "it does not exist in PagerDuty (was its create skipped or failed?)";
        throw new IllegalStateException(kind.displayName() + " `" + name + "` has no PagerDuty id: " + reason);
    }

    synchronized void remember(ResourceKind kind, String name, String id) {
        ids.computeIfAbsent(kind, k -> new HashMap<>()).put(name, id);
    }

    synchronized void rememberLayers(String scheduleId, List<ScheduleLayerDto> layers) {
        currentLayers.put(scheduleId, List.copyOf(layers));
    }

    synchronized List<ScheduleLayerDto> currentLayers(String scheduleId) {
        return currentLayers.getOrDefault(scheduleId, List.of());
    }

    String integrationId(String serviceId, String name) {
        String id = integrationIds.getOrDefault(serviceId, Map.of()).get(name);
        if (id == null) {
            throw new IllegalStateException("Integration `" + name + "` of service " + serviceId + " has no PagerDuty id");
        }
        return id;
    }

    String userId(String email) {
        String id = userIds.get(email.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new IllegalStateException("no PagerDuty user has the email " + email);
        }
        return id;
    }

    String vendorId(String vendor) {
        String id = vendorIds.get(vendor.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new IllegalStateException("PagerDuty has no integration vendor named " + vendor);
        }
        return id;
    }

    private <T extends DeclaredObject> void index(ResourceKind kind, List<LiveObject<T>> objects) {
        Map<String, String> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (LiveObject<T> object : objects) {
            String name = object.object().name();
            if (byName.put(name, object.id()) != null) {
                shared.add(name);
            }
        }
        shared.forEach(byName::remove);
        ids.put(kind, byName);
        ambiguous.put(kind, shared);
    }
}
