package io.pdgitops.pagerduty.dto;

/**
 * An OAuth client a webhook subscription may authenticate its deliveries with, as PagerDuty reads it back: without
 * its client secret, which no answer carries.
 *
 * @param status {@code active}, or {@code error} when PagerDuty could not get a token with it
 */
@PagerDutyObject
public record OAuthClientDto(String id, String type, String name, String clientId, String scope, String tokenUrl,
        String grantType, String status) {
}
