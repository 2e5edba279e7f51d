package io.pdgitops.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.UserChildApi;
import io.pdgitops.pagerduty.dto.ContactMethodDto;
import io.pdgitops.pagerduty.dto.HandoffRuleDto;
import io.pdgitops.pagerduty.dto.NotificationRuleDto;
import io.pdgitops.pagerduty.dto.UserDto;
import java.util.ArrayList;
import java.util.List;

/**
 * How a user is reached, through the client: a phone and an SMS number added, a notification rule and a hand-off
 * rule on them, each changed and read back, the users listed with whole contact methods and rules, the login email
 * refused a delete, and the rest deleted again.
 */
final class UserContactsScenario {

    private final PagerDutyClient pd;

    UserContactsScenario(PagerDutyClient pd) {
        this.pd = pd;
    }

    void run() {
        UserDto taro = pd.users().findByEmail("taro@example.com").orElseThrow();
        UserChildApi<ContactMethodDto> methods = pd.users().contactMethods(taro.id());
        ContactMethodDto login = methods.list().get(0);
        ContactMethodDto phone = methods.create(ContactMethodDto.write("phone_contact_method", "Work phone", "312345678", 81));
        ContactMethodDto sms = methods.create(ContactMethodDto.write("sms_contact_method", "Mobile", "9012345678", 81));
        methods.update(sms.id(), ContactMethodDto.write("sms_contact_method", "Mobile (SMS)", "9012345678", 81));
        assertThat(methods.get(sms.id()).countryCode()).isEqualTo(81);
        assertThat(methods.list()).extracting(ContactMethodDto::label).containsExactly(login.label(), "Work phone", "Mobile (SMS)");
        assertThatThrownBy(() -> methods.delete(login.id()))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 400");

        UserChildApi<NotificationRuleDto> rules = pd.users().notificationRules(taro.id());
        // PagerDuty gives a new user rules of its own, which mail the login address at once.
        List<NotificationRuleDto> defaults = rules.list();
        assertThat(defaults).isNotEmpty().allSatisfy(made -> {
            assertThat(made.contactMethod().id()).isEqualTo(login.id());
            assertThat(made.startDelayInMinutes()).isZero();
        });
        NotificationRuleDto rule = rules.create(NotificationRuleDto.write(5, phone.reference(), "high"));
        rules.update(rule.id(), NotificationRuleDto.write(10, phone.reference(), "high"));
        assertThat(rules.list()).filteredOn(listed -> listed.id().equals(rule.id()))
                .extracting(NotificationRuleDto::startDelayInMinutes).containsExactly(10);
        assertThat(rules.get(rule.id()).contactMethod().id()).isEqualTo(phone.id());

        UserChildApi<HandoffRuleDto> handoffs = pd.users().handoffRules(taro.id());
        HandoffRuleDto handoff = handoffs.create(HandoffRuleDto.write("oncall", 30, sms.reference()));
        handoffs.update(handoff.id(), HandoffRuleDto.write("both", 60, sms.reference()));
        assertThat(handoffs.list()).extracting(HandoffRuleDto::handoffType, HandoffRuleDto::notifyAdvanceInMinutes)
                .containsExactly(tuple("both", 60));
        assertThat(handoffs.get(handoff.id()).contactMethod().id()).isEqualTo(sms.id());

        UserDto listed = pd.users().listWithContacts().stream().filter(user -> user.id().equals(taro.id()))
                .findFirst().orElseThrow();
        assertThat(listed.contactMethods()).extracting(ContactMethodDto::address)
                .containsExactly(login.address(), "312345678", "9012345678");
        List<String> ruleIds = new ArrayList<>(defaults.stream().map(NotificationRuleDto::id).toList());
        ruleIds.add(rule.id());
        assertThat(listed.notificationRules()).extracting(NotificationRuleDto::id).containsExactlyElementsOf(ruleIds);

        handoffs.delete(handoff.id());
        rules.delete(rule.id());
        methods.delete(sms.id());
        methods.delete(phone.id());
        assertThatThrownBy(() -> methods.delete(phone.id()))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("HTTP 404");
        assertThat(methods.list()).extracting(ContactMethodDto::id).containsExactly(login.id());
    }
}
