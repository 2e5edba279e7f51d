package io.pdgitops.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service integration, identified by (service, name). The email fields are only ever present for
 * {@link IntegrationType#EMAIL}; {@code vendor} only for {@link IntegrationType#VENDOR}.
 *
 * @param emailFilters PagerDuty's {@code email_filters}, as unmodifiable maps of its field names
 * @param emailParsers PagerDuty's {@code email_parsers}, as unmodifiable nested maps and lists
 * @param path field path of this integration inside its service document, for {@link Origin#locationOf}
 */
public record Integration(
        String name,
        IntegrationType type,
        Optional<String> vendor,
        Optional<String> integrationEmail,
        Optional<String> emailIncidentCreation,
        Optional<String> emailFilterMode,
        Optional<List<Map<String, Object>>> emailFilters,
        Optional<List<Map<String, Object>>> emailParsers,
        Optional<String> emailParsingFallback,
        String path) {

    public Integration {
        emailFilters = emailFilters.map(List::copyOf);
        emailParsers = emailParsers.map(List::copyOf);
    }
}
