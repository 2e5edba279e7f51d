package io.pdgitops.pagerduty.dto;

import java.util.List;

/**
 * Where a webhook subscription delivers: an HTTP(S) URL and custom headers. PagerDuty reads the header values back
 * as {@code -- redacted --}. The {@code secret} PagerDuty sends once is deliberately not a component.
 *
 * @param temporarilyDisabled set by PagerDuty after the URL kept refusing deliveries
 */
@PagerDutyObject
public record DeliveryMethodDto(
        String id,
        String type,
        String url,
        Boolean temporarilyDisabled,
        List<CustomHeaderDto> customHeaders) {

    public DeliveryMethodDto {
        customHeaders = customHeaders == null ? null : List.copyOf(customHeaders);
    }

    public static DeliveryMethodDto http(String url, List<CustomHeaderDto> customHeaders) {
        return new DeliveryMethodDto(null, "http_delivery_method", url, null, customHeaders);
    }
}
