package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pdgitops.diff.ContactChange.Action;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A declared list is the user's whole set; the login email stays; methods come before rules, removals last. */
class UserContactDiffTest {

    private static final String LOGIN = "yuko.matsumoto@example.com";
    private static final ContactMethod PHONE = new ContactMethod("Work phone", ContactType.PHONE, "+81 3-1234-5678");
    private static final ContactMethod MAIL = new ContactMethod("Work mail", ContactType.EMAIL, LOGIN);
    private static final NotificationRule FIRST = new NotificationRule("high", Duration.ZERO, "Work mail");
    private static final NotificationRule CALL = new NotificationRule("high", Duration.ofMinutes(5), "Work phone");
    private static final HandoffRule HANDOFF = new HandoffRule(HandoffWhen.ONCALL_START, Duration.ofMinutes(30), "Work mail");

    private static final LiveUserContacts.Method LOGIN_METHOD =
            new LiveUserContacts.Method("PLOGIN", Optional.of("email"), "Default", LOGIN);

    @Test
    void aFreshUserGetsThePhoneAndTheRulesAndTheLoginEmailIsRelabelledNotMadeTwice() {
        LiveUserContacts live = live(List.of(LOGIN_METHOD), List.of(), List.of());

        List<ContactChange> changes = UserContactDiff.between(user(), live);

        assertThat(changes).extracting(ContactChange::action, change -> change.liveId().orElse(null))
                .containsExactly(
                        tuple(Action.CREATE_METHOD, null),
                        tuple(Action.UPDATE_METHOD, "PLOGIN"),
                        tuple(Action.CREATE_RULE, null),
                        tuple(Action.CREATE_RULE, null),
                        tuple(Action.CREATE_HANDOFF, null));
        assertThat(changes.get(0).shown().desired()).contains("phone +81 312345678");
        assertThat(changes.get(1).shown().live()).contains("email " + LOGIN + " (Default)");
    }

    @Test
    void whatAlreadyMatchesIsANoOpWhateverTheSpellingOfTheNumber() {
        LiveUserContacts live = live(
                List.of(new LiveUserContacts.Method("PMAIL", Optional.of("email"), "Work mail", LOGIN.toUpperCase()),
                        new LiveUserContacts.Method("PPHONE", Optional.of("phone"), "Work phone", "+81 312345678")),
                List.of(new LiveUserContacts.Rule("R1", "high", Duration.ofMinutes(5), "PPHONE"),
                        new LiveUserContacts.Rule("R2", "high", Duration.ZERO, "PMAIL")),
                List.of(new LiveUserContacts.Handoff("H1", HandoffWhen.ONCALL_START, Duration.ofMinutes(30), "PMAIL")));

        assertThat(UserContactDiff.between(user(), live)).isEmpty();
    }

    @Test
    void extrasGoAfterTheNewOnesButTheLoginEmailAndAPushDeviceStay() {
        LiveUserContacts live = live(
                List.of(LOGIN_METHOD,
                        new LiveUserContacts.Method("PPHONE", Optional.of("phone"), "Work phone", "+81 312345678"),
                        new LiveUserContacts.Method("POLD", Optional.of("sms"), "Old mobile", "+81 9011112222"),
                        new LiveUserContacts.Method("PPUSH", Optional.empty(), "iPhone", "device-token")),
                List.of(new LiveUserContacts.Rule("ROLD", "low", Duration.ZERO, "POLD"),
                        new LiveUserContacts.Rule("RCALL", "high", Duration.ofMinutes(5), "PPHONE")),
                List.of());
        User onlyPhone = new User(LOGIN, Optional.of(List.of(PHONE)), Optional.of(List.of(CALL)), Optional.empty(),
                Origin.at(SourceLocation.startOf("people.yaml")));

        List<ContactChange> changes = UserContactDiff.between(onlyPhone, live);

        assertThat(changes).extracting(ContactChange::action, change -> change.liveId().orElse(null))
                .containsExactly(tuple(Action.DELETE_RULE, "ROLD"), tuple(Action.DELETE_METHOD, "POLD"));
        assertThat(changes.get(1).shown().live()).contains("sms +81 9011112222 (Old mobile)");
    }

    @Test
    void aRuleOnAMethodOfAnotherTypeUnderTheSameLabelIsRemadeOnTheNewMethod() {
        LiveUserContacts live = live(
                List.of(LOGIN_METHOD, new LiveUserContacts.Method("PSMS", Optional.of("sms"), "Work phone", "+81 312345678")),
                List.of(new LiveUserContacts.Rule("RCALL", "high", Duration.ofMinutes(5), "PSMS")),
                List.of());
        User onlyPhone = new User(LOGIN, Optional.of(List.of(PHONE)), Optional.of(List.of(CALL)), Optional.empty(),
                Origin.at(SourceLocation.startOf("people.yaml")));

        assertThat(UserContactDiff.between(onlyPhone, live)).extracting(ContactChange::action)
                .containsExactly(Action.CREATE_METHOD, Action.CREATE_RULE, Action.DELETE_RULE, Action.DELETE_METHOD);
    }

    @Test
    void listsLeftOutAreNotCompared() {
        LiveUserContacts live = live(
                List.of(LOGIN_METHOD, new LiveUserContacts.Method("POLD", Optional.of("sms"), "Old", "+81 9011112222")),
                List.of(new LiveUserContacts.Rule("ROLD", "low", Duration.ZERO, "POLD")),
                List.of());
        User nothing = new User(LOGIN, Optional.empty(), Optional.empty(), Optional.empty(),
                Origin.at(SourceLocation.startOf("people.yaml")));

        assertThat(UserContactDiff.between(nothing, live)).isEmpty();
    }

    private static User user() {
        return new User(LOGIN, Optional.of(List.of(PHONE, MAIL)), Optional.of(List.of(FIRST, CALL)),
                Optional.of(List.of(HANDOFF)), Origin.at(SourceLocation.startOf("people.yaml")));
    }

    private static LiveUserContacts live(List<LiveUserContacts.Method> methods, List<LiveUserContacts.Rule> rules,
            List<LiveUserContacts.Handoff> handoffs) {
        return new LiveUserContacts("PUSER", LOGIN, methods, rules, handoffs);
    }
}
