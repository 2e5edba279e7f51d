package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * A declared business service: a capability customers see (online banking) that technical services support.
 * PagerDuty keeps which services support it as service dependencies, so {@code supportedBy} is written with
 * {@code /service_dependencies}, not with the business service itself.
 *
 * @param pointOfContact PagerDuty's free-text owner of the business service
 * @param team the owning team's name; empty when not managed
 * @param supportedBy names of declared technical services, exactly the ones that support it; empty when not
 *     managed, a present empty list removes every supporting service
 */
public record BusinessService(
        String name,
        Optional<String> description,
        Optional<String> pointOfContact,
        Optional<String> team,
        Optional<List<String>> supportedBy,
        Origin origin) implements DeclaredObject {

    public BusinessService {
        supportedBy = supportedBy.map(List::copyOf);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.BUSINESS_SERVICE;
    }
}
