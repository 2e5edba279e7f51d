package io.pdgitops.pagerduty.dto;

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
}
