package io.pdgitops.live;

import io.pdgitops.pagerduty.dto.BusinessServiceDto;
import io.pdgitops.pagerduty.dto.ServiceDependencyDto;
import java.util.List;
import java.util.Map;

/**
 * The business services of an account as PagerDuty returned them, with the service graph of some of them.
 *
 * @param read false when the account's business services were not asked for (nothing declares or recorded one):
 *     then {@code services} is empty without meaning that the account has none
 * @param dependencies by business service id, only for the business services whose supporting services were read
 */
public record LiveBusinessRecords(boolean read, List<BusinessServiceDto> services,
        Map<String, List<ServiceDependencyDto>> dependencies) {

    public LiveBusinessRecords {
        services = List.copyOf(services);
        dependencies = Map.copyOf(dependencies);
    }

    public static LiveBusinessRecords none() {
        return new LiveBusinessRecords(false, List.of(), Map.of());
    }
}
