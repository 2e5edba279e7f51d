package io.pdgitops.diff;

import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.Service;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences last found for each declared service and its integrations, so that a long-running process
 * compares again only the services that changed on either side. Services are most of an account, and flattening
 * every one of them and their integrations on every sync cost more than the rest of the diff.
 *
 * <p>A service's differences depend on the declared service, the live service it matched, that service's live
 * integrations and the repository's {@code ignore_differences}: nothing else, and no clock. Entries are keyed by the
 * declared service itself, by identity (the loader hands back the same objects for unchanged files), and used only
 * when the live side is the very same objects again (the account cache maps an unchanged record to the same model).
 * Only services that matched one live service are kept, and only the last diff's entries.
 */
public final class ServiceDiffMemo {

    /** One service's differences and what they were computed from. */
    record Kept(Service live, String liveId, List<LiveIntegration> liveIntegrations,
            List<IgnoreDifference> ignore, ResourceDiff service, List<ResourceDiff> integrations) {

        boolean holdsFor(LiveObject<Service> match, List<LiveIntegration> integrationsNow,
                List<IgnoreDifference> ignoreNow) {
            return live == match.object() && liveId.equals(match.id()) && liveIntegrations == integrationsNow
                    && ignore.equals(ignoreNow);
        }
    }

    private Map<Service, Kept> kept = Map.of();
    private long compared;

    /** Services compared through this memo so far, a figure that only grows: a kept result costs none. */
    public synchronized long compared() {
        return compared;
    }

    synchronized Map<Service, Kept> kept() {
        return kept;
    }

    synchronized void keep(IdentityHashMap<Service, Kept> current, int fresh) {
        kept = current;
        compared += fresh;
    }
}
