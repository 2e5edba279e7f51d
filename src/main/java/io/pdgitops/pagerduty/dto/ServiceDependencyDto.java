package io.pdgitops.pagerduty.dto;

import java.util.Optional;

/**
 * One edge of PagerDuty's service graph: {@code supportingService} supports {@code dependentService}. Each side is a
 * reference whose type says whether it is a technical service ({@code technical_service_reference}, or
 * {@code service} in requests) or a business service ({@code business_service_reference}).
 *
 * @param id null in requests
 */
@PagerDutyObject
public record ServiceDependencyDto(String id, Reference supportingService, Reference dependentService) {

    /** A request to link a technical service, as support, to a business service. */
    public static ServiceDependencyDto supporting(String businessServiceId, String serviceId) {
        return new ServiceDependencyDto(null, new Reference(serviceId, "service", null),
                new Reference(businessServiceId, "business_service", null));
    }

    /** A request to make technical service {@code supportingId} support technical service {@code dependentId}. */
    public static ServiceDependencyDto technical(String dependentId, String supportingId) {
        return new ServiceDependencyDto(null, new Reference(supportingId, "service", null),
                new Reference(dependentId, "service", null));
    }

    /**
     * The technical service this edge makes support {@code dependentId}; empty for any other edge (one where
     * {@code dependentId} supports something, or where a business service supports it). PagerDuty answers
     * {@code technical_service_reference}, requests say {@code service}.
     */
    public Optional<String> technicalSupportOf(String dependentId) {
        if (dependentService == null || !dependentId.equals(dependentService.id()) || supportingService == null) {
            return Optional.empty();
        }
        String kind = supportingService.kind();
        boolean technical = "technical_service".equals(kind) || "service".equals(kind);
        return technical ? Optional.ofNullable(supportingService.id()) : Optional.empty();
    }
}
