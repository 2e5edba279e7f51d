package io.pdgitops.apply;

import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.WebhookSubscription;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hides the values of declared webhook custom headers in what a failed step reports. Those values are secrets
 * (API keys of customers' ticketing systems) that pd-gitops sends in a create body; a proxy or server that quotes
 * the request in its error would otherwise carry them into the outcome, the log and the history.
 *
 * @param values the header values this apply may send, longest first so that a value containing another is hidden
 *     whole
 */
record HeaderValueRedaction(List<String> values) {

    static final String HIDDEN = "(hidden)";

    /** Values shorter than this are no real keys and would match ordinary words, as for the API token. */
    private static final int MIN_LENGTH = 8;

    HeaderValueRedaction {
        values = values.stream().filter(value -> value.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static HeaderValueRedaction of(DesiredState desired, Function<String, Optional<String>> environment) {
        return new HeaderValueRedaction(desired.webhookSubscriptions().stream()
                .map(WebhookSubscription::customHeaders)
                .flatMap(headers -> headers.orElse(List.of()).stream())
                .map(CustomHeader::valueFromEnv)
                .flatMap(variable -> environment.apply(variable).stream())
                .toList());
    }

    String scrub(String text) {
        String scrubbed = text;
        for (String value : values) {
            scrubbed = scrubbed.replace(value, HIDDEN);
        }
        return scrubbed;
    }
}
