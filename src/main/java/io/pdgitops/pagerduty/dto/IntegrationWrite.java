package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of an integration create or update. Give a {@code type} or a {@code vendor}, not both. A null field is
 * not sent.
 */
@PagerDutyObject
public record IntegrationWrite(
        String type,
        String name,
        Reference vendor,
        String integrationEmail,
        String emailIncidentCreation,
        String emailFilterMode,
        JsonNode emailFilters,
        JsonNode emailParsers,
        String emailParsingFallback) {

    /** E.g. {@code events_api_v2_inbound_integration} or {@code nagios_inbound_integration}. */
    public static IntegrationWrite ofType(String name, String type) {
        return new IntegrationWrite(type, name, null, null, null, null, null, null, null);
    }

    public static IntegrationWrite ofVendor(String name, String vendorId) {
        return new IntegrationWrite(null, name, Reference.vendor(vendorId), null, null, null, null, null, null);
    }

    /** {@code address} must be {@code <x>@<subdomain>.pagerduty.com}. */
    public static IntegrationWrite email(String name, String address) {
        return new IntegrationWrite("generic_email_inbound_integration", name, null, address, null, null, null,
                null, null);
    }
}
