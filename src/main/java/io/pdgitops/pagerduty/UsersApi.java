package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.ContactMethodDto;
import io.pdgitops.pagerduty.dto.HandoffRuleDto;
import io.pdgitops.pagerduty.dto.NotificationRuleDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /users}: pd-gitops references users by email and never creates or deletes one (SSO does); with
 * {@code manage_users} it changes how they are reached, through the per-user collections below.
 */
public final class UsersApi {

    private static final ApiPath LIST = ApiPath.of("/users");

    private final Entities entities;

    UsersApi(Entities entities) {
        this.entities = entities;
    }

    public List<UserDto> list() {
        return entities.getAll(LIST, Query.none(), "users", UserDto.class, UserDto::id);
    }

    /** Every user with whole contact methods and notification rules: the same pages as {@link #list()}. */
    public List<UserDto> listWithContacts() {
        return entities.getAll(LIST, Query.of("include[]", "contact_methods").with("include[]", "notification_rules"),
                "users", UserDto.class, UserDto::id);
    }

    public UserChildApi<ContactMethodDto> contactMethods(String userId) {
        return new UserChildApi<>(entities, userId, new UserChildApi.Collection<>("contact_methods", "contact_method",
                "contact_methods", ContactMethodDto.class));
    }

    public UserChildApi<NotificationRuleDto> notificationRules(String userId) {
        return new UserChildApi<>(entities, userId, new UserChildApi.Collection<>("notification_rules",
                "notification_rule", "notification_rules", NotificationRuleDto.class));
    }

    public UserChildApi<HandoffRuleDto> handoffRules(String userId) {
        return new UserChildApi<>(entities, userId, new UserChildApi.Collection<>("oncall_handoff_notification_rules",
                "oncall_handoff_notification_rule", "oncall_handoff_notification_rules", HandoffRuleDto.class));
    }

    /** One user with whole contact methods and notification rules. */
    public UserDto getWithContacts(String id) {
        return entities.get(ApiPath.of("/users/{id}", id),
                Query.of("include[]", "contact_methods").with("include[]", "notification_rules"), "user", UserDto.class);
    }

    public UserDto get(String id) {
        return entities.get(ApiPath.of("/users/{id}", id), Query.none(), "user", UserDto.class);
    }

    /**
     * The user whose email is {@code email}, ignoring case. PagerDuty's {@code query} matches names and emails
     * loosely ({@code ann@x.com} also finds {@code joann@x.com}), so the exact match is made here.
     */
    public Optional<UserDto> findByEmail(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return entities.getAll(LIST, Query.of("query", email.strip()), "users", UserDto.class, UserDto::id).stream()
                .filter(user -> user.email() != null && user.email().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
