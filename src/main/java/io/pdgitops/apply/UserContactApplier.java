package io.pdgitops.apply;

import io.pdgitops.diff.ContactChange;
import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.live.LiveUserContactsReader;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.PhoneNumber;
import io.pdgitops.pagerduty.PagerDutyException;
import io.pdgitops.pagerduty.UserChildApi;
import io.pdgitops.pagerduty.UsersApi;
import io.pdgitops.pagerduty.dto.ContactMethodDto;
import io.pdgitops.pagerduty.dto.HandoffRuleDto;
import io.pdgitops.pagerduty.dto.NotificationRuleDto;
import io.pdgitops.pagerduty.dto.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Carries out one user's {@link ContactChange}s in their order: contact methods first, so the rules made next can
 * name them; removals last. A create whose answer is lost, or that PagerDuty refuses as a repeat, is looked up in the
 * user's list and adopted (a contact method by type and address, a rule by what it says), so an apply stopped half
 * way and run again makes nothing twice. A delete of something already gone is done: deleting a contact method takes
 * its rules along. Errors name labels, never numbers or addresses.
 */
public final class UserContactApplier {

    private final UsersApi users;
    private final LiveUserContacts live;
    private final Map<String, String> methodIds = new HashMap<>();

    public UserContactApplier(UsersApi users, LiveUserContacts live) {
        this.users = users;
        this.live = live;
        live.methods().forEach(method -> methodIds.putIfAbsent(method.label(), method.id()));
    }

    /** @return whether a create adopted what a lost answer had made */
    public boolean apply(List<ContactChange> changes) {
        boolean adopted = false;
        for (ContactChange change : changes) {
            switch (change.action()) {
                case CREATE_METHOD -> adopted |= createMethod(change.method().orElseThrow());
                case UPDATE_METHOD -> updateMethod(change.liveId().orElseThrow(), change.method().orElseThrow());
                case CREATE_RULE -> adopted |= createRule(change.rule().orElseThrow());
                case CREATE_HANDOFF -> adopted |= createHandoff(change.handoff().orElseThrow());
                case DELETE_RULE -> deleted(() -> users.notificationRules(live.userId()).delete(change.liveId().orElseThrow()));
                case DELETE_HANDOFF -> deleted(() -> users.handoffRules(live.userId()).delete(change.liveId().orElseThrow()));
                case DELETE_METHOD -> deleted(() -> users.contactMethods(live.userId()).delete(change.liveId().orElseThrow()));
            }
        }
        return adopted;
    }

    private boolean createMethod(ContactMethod method) {
        UserChildApi<ContactMethodDto> methods = users.contactMethods(live.userId());
        ContactMethodDto body = body(method);
        CreateOrAdopt.Outcome<ContactMethodDto> outcome = CreateOrAdopt.run(what(method.label()), false,
                () -> methods.list().stream().filter(found -> sameAddress(found, body)).toList(),
                () -> methods.create(body));
        if (outcome.adopted() && !method.label().equals(outcome.object().label())) {
            methods.update(outcome.object().id(), body);
        }
        methodIds.put(method.label(), outcome.object().id());
        return outcome.adopted();
    }

    private void updateMethod(String id, ContactMethod method) {
        users.contactMethods(live.userId()).update(id, body(method));
        methodIds.put(method.label(), id);
    }

    private boolean createRule(NotificationRule rule) {
        NotificationRuleDto body = NotificationRuleDto.write((int) rule.after().toMinutes(), via(rule.via()), rule.urgency());
        return createOnce(users.notificationRules(live.userId()), "notification rule via `" + rule.via() + "`", body,
                found -> body.urgency().equals(found.urgency())
                        && body.startDelayInMinutes().equals(found.startDelayInMinutes())
                        && sameMethod(body.contactMethod(), found.contactMethod()));
    }

    private boolean createHandoff(HandoffRule rule) {
        HandoffRuleDto body = HandoffRuleDto.write(rule.when().apiName(), (int) rule.advance().toMinutes(), via(rule.via()));
        return createOnce(users.handoffRules(live.userId()), "hand-off notification via `" + rule.via() + "`", body,
                found -> body.handoffType().equals(found.handoffType())
                        && body.notifyAdvanceInMinutes().equals(found.notifyAdvanceInMinutes())
                        && sameMethod(body.contactMethod(), found.contactMethod()));
    }

    /** A rule has no name: one that says the same is what a lost create made. */
    private <T> boolean createOnce(UserChildApi<T> rules, String what, T body, Predicate<T> same) {
        return CreateOrAdopt.run(what + " of " + live.loginEmail(), false,
                () -> rules.list().stream().filter(same).limit(1).toList(),
                () -> rules.create(body)).adopted();
    }

    private static boolean sameMethod(Reference wanted, Reference found) {
        return found != null && wanted.id().equals(found.id());
    }

    private Reference via(String label) {
        String id = methodIds.get(label);
        if (id == null) {
            throw new IllegalStateException("contact method `" + label + "` of " + live.loginEmail() + " was not made");
        }
        return live.method(id).map(method -> new Reference(id, typeOf(method) + "_reference", null))
                .orElseGet(() -> users.contactMethods(live.userId()).get(id).reference());
    }

    private static String typeOf(LiveUserContacts.Method method) {
        return method.type().orElseThrow() + "_contact_method";
    }

    private static ContactMethodDto body(ContactMethod method) {
        if (method.type().isPhone()) {
            PhoneNumber phone = PhoneNumber.parse(method.address()).orElseThrow(
                    () -> new IllegalStateException("contact method `" + method.label() + "` has no valid number"));
            return ContactMethodDto.write(method.type().apiType(), method.label(), phone.number(), phone.countryCode());
        }
        return ContactMethodDto.write(method.type().apiType(), method.label(), method.address(), null);
    }

    private static boolean sameAddress(ContactMethodDto found, ContactMethodDto wanted) {
        return wanted.type().equals(found.type())
                && LiveUserContactsReader.method(found).address().toLowerCase(Locale.ROOT)
                        .equals(LiveUserContactsReader.method(wanted).address().toLowerCase(Locale.ROOT));
    }

    private String what(String label) {
        return "contact method `" + label + "` of " + live.loginEmail();
    }

    private static void deleted(Runnable delete) {
        try {
            delete.run();
        } catch (PagerDutyException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }
}
