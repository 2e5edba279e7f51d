package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Live contact methods, rules and tags as User documents, and what cannot be declared left out and reported. */
class UserExportTest {

    private static final LiveUserContacts.Method MAIL = new LiveUserContacts.Method("PM1", Optional.of("email"),
            "Default", "ann@example.com");
    private static final LiveUserContacts.Method PHONE = new LiveUserContacts.Method("PM2", Optional.of("phone"),
            "Work phone", "+81 312345678");
    private static final LiveUserContacts.Method PUSH = new LiveUserContacts.Method("PM3", Optional.empty(),
            "Ann's phone app", "device");

    @Test
    void methodsAndRulesBecomeTheDocumentAndEmptyListsAreLeftOut() {
        LiveUserContacts ann = new LiveUserContacts("PU1", "Ann@example.com", List.of(MAIL, PHONE),
                List.of(new LiveUserContacts.Rule("PR1", "high", Duration.ofMinutes(5), "PM2")), List.of());

        UserExport.Result result = UserExport.of(Map.of("ann@example.com", ann));

        assertThat(result.leftOut()).isEmpty();
        User user = result.users().get(0);
        assertThat(user.email()).isEqualTo("Ann@example.com");
        assertThat(user.contactMethods()).contains(List.of(new ContactMethod("Default", ContactType.EMAIL, MAIL.address()),
                new ContactMethod("Work phone", ContactType.PHONE, PHONE.address())));
        assertThat(user.notificationRules()).contains(List.of(new NotificationRule("high", Duration.ofMinutes(5),
                "Work phone")));
        assertThat(user.handoffNotifications()).isEmpty();
    }

    @Test
    void aUsersTagsAreWrittenAndAUserWithoutTagsGetsNoTagsLine() {
        List<String> labels = List.of("Shift-Leader", "site-tokyo");
        LiveUserContacts tagged = new LiveUserContacts("PU1", "ann@example.com", List.of(MAIL), List.of(), List.of(),
                Optional.of(labels));
        LiveUserContacts untagged = new LiveUserContacts("PU2", "bob@example.com", List.of(MAIL), List.of(), List.of(),
                Optional.of(List.of()));

        UserExport.Result result = UserExport.of(Map.of("ann@example.com", tagged, "bob@example.com", untagged));

        assertThat(result.users()).extracting(User::tags).containsExactly(Optional.of(labels), Optional.empty());
    }

    @Test
    void rulesThroughAPushMethodAndUsersWithTwoMethodsOfOneLabelAreLeftOutAndReported() {
        LiveUserContacts viaPush = new LiveUserContacts("PU1", "ann@example.com", List.of(MAIL, PUSH),
                List.of(new LiveUserContacts.Rule("PR1", "high", Duration.ZERO, "PM3")),
                List.of(new LiveUserContacts.Handoff("PH1", HandoffWhen.BOTH, Duration.ofMinutes(30), "PM1")));
        LiveUserContacts twoLabels = new LiveUserContacts("PU2", "bob@example.com", List.of(MAIL,
                new LiveUserContacts.Method("PM4", Optional.of("sms"), "default", "+81 9012345678")), List.of(), List.of());

        UserExport.Result result = UserExport.of(Map.of("ann@example.com", viaPush, "bob@example.com", twoLabels));

        assertThat(result.users()).singleElement().satisfies(user -> {
            assertThat(user.email()).isEqualTo("ann@example.com");
            assertThat(user.contactMethods().orElseThrow()).extracting(ContactMethod::label).containsExactly("Default");
            assertThat(user.notificationRules()).isEmpty();
            assertThat(user.handoffNotifications().orElseThrow()).singleElement()
                    .satisfies(handoff -> assertThat(handoff.via()).isEqualTo("Default"));
        });
        assertThat(result.leftOut()).extracting(setting -> setting.object().name() + " " + setting.field())
                .containsExactly("ann@example.com notification_rules", "bob@example.com " + UnexpressedSetting.WHOLE_OBJECT);
    }
}
