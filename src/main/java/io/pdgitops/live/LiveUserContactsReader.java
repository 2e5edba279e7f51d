package io.pdgitops.live;

import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.User;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.ContactMethodDto;
import io.pdgitops.pagerduty.dto.HandoffRuleDto;
import io.pdgitops.pagerduty.dto.NotificationRuleDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads how PagerDuty reaches the users that User documents declare, in as few calls as the API allows: one users
 * list with {@code include[]=contact_methods} and {@code include[]=notification_rules} (a page per hundred users),
 * and the hand-off rules, which no list carries, of each declared user whose document declares them.
 */
public final class LiveUserContactsReader {

    private LiveUserContactsReader() {
    }

    /**
     * By lower-case email, the declared users the account has; a user the account lacks is left out.
     *
     * @param withContacts the users as {@link io.pdgitops.pagerduty.UsersApi#listWithContacts()} answers them
     * @param tags by user id, the user's tags as read (empty when they were not: its document declares none)
     */
    public static Map<String, LiveUserContacts> read(PagerDutyClient client, List<UserDto> withContacts,
            List<User> declared, Function<String, Optional<List<String>>> tags) {
        Map<String, LiveUserContacts> found = new LinkedHashMap<>();
        if (declared.isEmpty()) {
            return found;
        }
        Map<String, UserDto> byEmail = new LinkedHashMap<>();
        for (UserDto user : withContacts) {
            if (user.email() != null) {
                byEmail.put(user.email().toLowerCase(Locale.ROOT), user);
            }
        }
        for (User user : declared) {
            String email = user.email().toLowerCase(Locale.ROOT);
            UserDto live = byEmail.get(email);
            if (live == null) {
                continue;
            }
            List<HandoffRuleDto> handoffs = user.handoffNotifications().isPresent()
                    ? client.users().handoffRules(live.id()).list()
                    : List.of();
            found.put(email, of(live, handoffs).withTags(tags.apply(live.id())));
        }
        return found;
    }

    /**
     * By lower-case email, every user of the account with all three lists, for export: the users list, then each
     * user's hand-off rules (one call per user, as no list carries them).
     *
     * @param withContacts the users as {@link io.pdgitops.pagerduty.UsersApi#listWithContacts()} answers them
     * @param tags by user id, the user's tags as read
     */
    public static Map<String, LiveUserContacts> readAll(PagerDutyClient client, List<UserDto> withContacts,
            Function<String, Optional<List<String>>> tags) {
        Map<String, LiveUserContacts> found = new LinkedHashMap<>();
        for (UserDto user : withContacts) {
            if (user.email() != null) {
                found.put(user.email().toLowerCase(Locale.ROOT),
                        of(user, client.users().handoffRules(user.id()).list()).withTags(tags.apply(user.id())));
            }
        }
        return found;
    }

    /** The tags {@code records} holds of the user with that id, for {@code tags} above. */
    public static Function<String, Optional<List<String>>> tagsIn(LiveRecords records) {
        return userId -> LiveTags.labels(records, LiveTags.USERS, userId);
    }

    /** One user's contact methods and rules in model terms. */
    public static LiveUserContacts of(UserDto user, List<HandoffRuleDto> handoffs) {
        return new LiveUserContacts(user.id(), user.email(),
                orEmpty(user.contactMethods()).stream().map(LiveUserContactsReader::method).toList(),
                orEmpty(user.notificationRules()).stream().map(LiveUserContactsReader::rule).toList(),
                handoffs.stream().map(LiveUserContactsReader::handoff).toList());
    }

    /** A contact method in model terms: a phone as {@code +<country code> <digits>}. */
    public static LiveUserContacts.Method method(ContactMethodDto method) {
        Optional<ContactType> type = ContactType.fromApiType(method.type());
        String address = type.filter(ContactType::isPhone).isPresent()
                ? "+" + method.countryCode() + " " + method.address()
                : String.valueOf(method.address());
        return new LiveUserContacts.Method(method.id(), type.map(ContactType::yamlName), String.valueOf(method.label()),
                address);
    }

    private static LiveUserContacts.Rule rule(NotificationRuleDto rule) {
        return new LiveUserContacts.Rule(rule.id(), rule.urgency(), minutes(rule.startDelayInMinutes()),
                rule.contactMethod() == null ? "" : rule.contactMethod().id());
    }

    private static LiveUserContacts.Handoff handoff(HandoffRuleDto rule) {
        return new LiveUserContacts.Handoff(rule.id(), HandoffWhen.fromApiName(rule.handoffType()).orElse(HandoffWhen.BOTH),
                minutes(rule.notifyAdvanceInMinutes()), rule.contactMethod() == null ? "" : rule.contactMethod().id());
    }

    private static Duration minutes(Integer minutes) {
        return Duration.ofMinutes(minutes == null ? 0 : minutes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
