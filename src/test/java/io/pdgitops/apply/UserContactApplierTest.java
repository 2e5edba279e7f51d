package io.pdgitops.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ContactChange;
import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.diff.UserContactDiff;
import io.pdgitops.live.LiveUserContactsReader;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.User;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.pagerduty.RateLimiter;
import io.pdgitops.sandbox.Faults;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.Seed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A user's contact methods and rules reach what the document declares against the sandbox, and a second read finds
 * nothing to do: also when half the writes lose their answers, without a contact method or rule made twice.
 */
class UserContactApplierTest {

    private static final String YUKO = "yuko.matsumoto@example.com";
    private static final Seed SEED = new Seed(List.of(new Seed.User("Yuko Matsumoto", YUKO, "Asia/Tokyo", "user", null)),
            List.of());
    private static final User DECLARED = new User(YUKO,
            Optional.of(List.of(new ContactMethod("Work phone", ContactType.PHONE, "+81 3-1234-5678"),
                    new ContactMethod("Mobile", ContactType.SMS, "+81 90-1234-5678"),
                    new ContactMethod("Work mail", ContactType.EMAIL, YUKO))),
            Optional.of(List.of(new NotificationRule("high", Duration.ZERO, "Work mail"),
                    new NotificationRule("high", Duration.ofMinutes(5), "Work phone"),
                    new NotificationRule("low", Duration.ZERO, "Mobile"))),
            Optional.of(List.of(new HandoffRule(HandoffWhen.ONCALL_START, Duration.ofMinutes(30), "Work mail"))),
            Origin.at(SourceLocation.startOf("people.yaml")));

    @Test
    void oneApplyConvergesAndADocumentWithFewerMethodsRemovesTheRestButTheLoginEmail() {
        PagerDutyClient client = client(Faults.NONE);

        new UserContactApplier(client.users(), read(client)).apply(UserContactDiff.between(DECLARED, read(client)));

        assertThat(UserContactDiff.between(DECLARED, read(client))).isEmpty();
        assertThat(read(client).methods()).hasSize(DECLARED.contactMethods().orElseThrow().size());

        User phoneOnly = new User(YUKO, Optional.of(List.of(DECLARED.contactMethods().orElseThrow().get(0))),
                Optional.of(List.of(DECLARED.notificationRules().orElseThrow().get(1))), Optional.of(List.of()),
                DECLARED.origin());
        List<ContactChange> fewer = UserContactDiff.between(phoneOnly, read(client));
        new UserContactApplier(client.users(), read(client)).apply(fewer);

        LiveUserContacts after = read(client);
        assertThat(UserContactDiff.between(phoneOnly, after)).isEmpty();
        assertThat(after.methods()).extracting(LiveUserContacts.Method::address)
                .containsExactlyInAnyOrder(YUKO, "+81 312345678");
        assertThat(after.rules()).hasSize(1);
        assertThat(after.handoffs()).isEmpty();
    }

    @Test
    void writesWhoseAnswersAreLostAreAdoptedNotMadeTwice() {
        PagerDutyClient client = client(new Faults(0, 0, 0, 0, 0, true, 7, 0.5, 0));

        boolean adopted = new UserContactApplier(client.users(), read(client))
                .apply(UserContactDiff.between(DECLARED, read(client)));

        LiveUserContacts after = read(client);
        assertThat(adopted).as("with half the answers lost, some create is adopted").isTrue();
        assertThat(UserContactDiff.between(DECLARED, after)).isEmpty();
        assertThat(after.methods()).hasSize(DECLARED.contactMethods().orElseThrow().size());
        assertThat(after.rules()).hasSize(DECLARED.notificationRules().orElseThrow().size());
        assertThat(after.handoffs()).hasSize(DECLARED.handoffNotifications().orElseThrow().size());
    }

    private static LiveUserContacts read(PagerDutyClient client) {
        return LiveUserContactsReader.read(client, client.users().listWithContacts(), List.of(DECLARED),
                userId -> Optional.empty()).get(YUKO);
    }

    private static PagerDutyClient client(Faults faults) {
        return PagerDutyClient.builder(PagerDutyClientConfig.builder("test-token")
                        .baseUrl("https://sandbox.invalid").maxRetries(5).build())
                .httpClient(SandboxInterceptor.inProcessClient(
                        new Sandbox(SandboxConfig.permissiveDefaults().withFaults(faults), SEED)))
                .rateLimiter(RateLimiter.unlimited())
                .sleeper(duration -> { })
                .build();
    }
}
