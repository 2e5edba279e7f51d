package io.pdgitops.diff;

import io.pdgitops.model.HandoffWhen;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How PagerDuty reaches one user, in model terms, and the user's tags: what a User document is compared with.
 *
 * @param loginEmail the user's login email: the email contact method of that address is PagerDuty's own and stays
 * @param handoffs empty when they were not read (the document declares none)
 * @param tags the user's tag labels; empty when they were not read (the document declares no {@code tags:})
 */
public record LiveUserContacts(String userId, String loginEmail, List<Method> methods, List<Rule> rules,
        List<Handoff> handoffs, Optional<List<String>> tags) {

    public LiveUserContacts {
        methods = List.copyOf(methods);
        rules = List.copyOf(rules);
        handoffs = List.copyOf(handoffs);
        tags = tags.map(List::copyOf);
    }

    /** A user whose tags were not read. */
    public LiveUserContacts(String userId, String loginEmail, List<Method> methods, List<Rule> rules,
            List<Handoff> handoffs) {
        this(userId, loginEmail, methods, rules, handoffs, Optional.empty());
    }

    /** The same user with these tags read. */
    public LiveUserContacts withTags(Optional<List<String>> read) {
        return new LiveUserContacts(userId, loginEmail, methods, rules, handoffs, read);
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
