package io.pdgitops.live;

import io.pdgitops.diff.LiveIntegration;
import io.pdgitops.model.Service;
import io.pdgitops.pagerduty.dto.ServiceDto;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model each service record of the kept account was last mapped to, so that a long-running process maps again
 * only the services the audit trail had it read again. Services are most of an account, and mapping them all on
 * every sync cost more than the sync's one write.
 *
 * <p>Records are keyed by identity: the account cache hands back the very same record objects for services it did
 * not read again, and a re-read yields new ones. A service's model also depends on the names of escalation policies
 * and vendors it refers to, so the kept models are used only while those names are the same; a rename of either
 * maps every service again. Only the last mapping is kept.
 */
public final class ServiceMappings {

    /** What one service record maps to. */
    record Mapped(Service service, List<LiveIntegration> integrations) {
    }

    private Map<String, String> policies = Map.of();
    private Map<String, String> vendors = Map.of();
    private Map<ServiceDto, Mapped> kept = Map.of();
    private long mapped;

    /** Service records mapped through this memo so far, a figure that only grows: a kept model costs none. */
    public synchronized long mapped() {
        return mapped;
    }

    /** The models kept for {@code names}: none when a policy or vendor name differs from the last mapping's. */
    synchronized Map<ServiceDto, Mapped> keptFor(NameBook names) {
        return names.policies().equals(policies) && names.vendors().equals(vendors) ? kept : Map.of();
    }

    /** Makes {@code current}, mapped with {@code names}, the models kept; {@code fresh} of them were mapped anew. */
    synchronized void keep(NameBook names, IdentityHashMap<ServiceDto, Mapped> current, int fresh) {
        policies = names.policies();
        vendors = names.vendors();
        kept = current;
        mapped += fresh;
    }
}
