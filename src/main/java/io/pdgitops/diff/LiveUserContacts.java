package io.pdgitops.diff;

import io.pdgitops.model.HandoffWhen;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How PagerDuty reaches one user, in model terms: what {@link UserContactDiff} compares a User document with.
 *
 * @param loginEmail the user's login email: the email contact method of that address is PagerDuty's own and stays
 * @param handoffs empty when they were not read (the document declares none)
 */
public record LiveUserContacts(String userId, String loginEmail, List<Method> methods, List<Rule> rules,
        List<Handoff> handoffs) {

    public LiveUserContacts {
        methods = List.copyOf(methods);
        rules = List.copyOf(rules);
        handoffs = List.copyOf(handoffs);
    }

    /**
     * @param type {@code email}, {@code phone} or {@code sms}; empty for kinds a repository cannot declare (push, WhatsApp)
     * @param address an email address, or a phone number written {@code +<country code> <digits>}
     */
    public record Method(String id, Optional<String> type, String label, String address) {
    }

    /** @param urgency {@code high} or {@code low} */
    public record Rule(String id, String urgency, Duration after, String methodId) {
    }

    public record Handoff(String id, HandoffWhen when, Duration advance, String methodId) {
    }

    public Optional<Method> method(String id) {
        return methods.stream().filter(method -> method.id().equals(id)).findFirst();
    }
}
