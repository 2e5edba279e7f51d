package io.pdgitops.model;

import java.util.List;
import java.util.Optional;

/**
 * How one existing PagerDuty user is reached, declared by a repository that opts in with {@code manage_users: true}.
 * The user is referenced by email and never created or deleted: only the lists below are managed, each one left
 * out is not managed, and a declared list is the user's whole set of that kind, tags included (see
 * {@code docs/people.md} for the login email contact method, which PagerDuty never lets go).
 *
 * @param email the user's login email; the user's identity in the repository and in PagerDuty
 * @param contactMethods phones, SMS numbers and mail addresses, each named by a label unique to the user
 * @param notificationRules who is reached how long after an incident is assigned, by urgency
 * @param handoffNotifications notices before an on-call shift starts or ends
 * @param tags the user's whole set of tag labels; empty when the document leaves {@code tags:} out
 */
public record User(
        String email,
        Optional<List<ContactMethod>> contactMethods,
        Optional<List<NotificationRule>> notificationRules,
        Optional<List<HandoffRule>> handoffNotifications,
        Optional<List<String>> tags,
        Origin origin) implements Tagged {

    /** The spelling used in the {@code kind} field. */
    public static final String KIND = "User";

    public User {
        contactMethods = contactMethods.map(List::copyOf);
        notificationRules = notificationRules.map(List::copyOf);
        handoffNotifications = handoffNotifications.map(List::copyOf);
        tags = tags.map(List::copyOf);
    }

    /** A user whose document leaves {@code tags:} out. */
    public User(String email, Optional<List<ContactMethod>> contactMethods,
            Optional<List<NotificationRule>> notificationRules, Optional<List<HandoffRule>> handoffNotifications,
            Origin origin) {
        this(email, contactMethods, notificationRules, handoffNotifications, Optional.empty(), origin);
    }

    /** The declared contact method of that label, if any. */
    public Optional<ContactMethod> contactMethod(String label) {
        return contactMethods.orElse(List.of()).stream().filter(method -> method.label().equals(label)).findFirst();
    }
}
