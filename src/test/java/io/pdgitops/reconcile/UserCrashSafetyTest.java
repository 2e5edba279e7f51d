package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyResult;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.User;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An apply of a User document cut off after every possible number of writes, then run again, makes every contact
 * method and rule once, gives the user its declared tags, and leaves nothing to do.
 */
class UserCrashSafetyTest {

    private static final DesiredState DESIRED = load("""
            kind: User
            email: ann@example.com
            contact_methods:
              - {label: Work phone, type: phone, address: "+81 3-1234-5678"}
              - {label: Mobile, type: sms, address: "+81 90-1234-5678"}
              - {label: Work mail, type: email, address: ann@example.com}
            notification_rules:
              - {urgency: high, after: 0m, via: Work mail}
              - {urgency: high, after: 5m, via: Work phone}
              - {urgency: low, after: 0m, via: Mobile}
            handoff_notifications:
              - {when: oncall_start, advance: 30m, via: Work mail}
            tags: [shift-leader, on-site]
            """);
    private static final User ANN = DESIRED.users().get(0);

    static IntStream crashPoints() {
        SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);
        long before = account.writes();
        assertThat(account.apply(DESIRED).succeeded()).isTrue();
        return IntStream.rangeClosed(0, (int) (account.writes() - before));
    }

    @ParameterizedTest
    @MethodSource("crashPoints")
    void interruptedApplyThenApplyAgainConvergesWithoutDuplicates(int writesBeforeCrash) {
        SandboxAccount account = new SandboxAccount(CallBudgetTest.USERS);
        Reconciler.Planned planned = account.reconciler().plan(DESIRED, Inventory.none(),
                PlanOptions.from(DESIRED.settings().sync(), false));

        new Reconciler(CrashSafetyTest.crashingClient(account, writesBeforeCrash), Clock.systemUTC(), 1)
                .apply(planned, outcome -> { });
        ApplyResult resumed = account.apply(DESIRED);

        assertThat(resumed.succeeded()).isTrue();
        assertThat(account.plan(DESIRED).steps()).isEmpty();
        String id = account.client.users().findByEmail(ANN.email()).orElseThrow().id();
        assertThat(account.client.users().contactMethods(id).list()).hasSameSizeAs(ANN.contactMethods().orElseThrow());
        assertThat(account.client.users().notificationRules(id).list())
                .hasSameSizeAs(ANN.notificationRules().orElseThrow());
        assertThat(account.client.users().handoffRules(id).list())
                .hasSameSizeAs(ANN.handoffNotifications().orElseThrow());
        assertThat(account.client.tags().of("users", id)).extracting(TagDto::label)
                .containsExactlyInAnyOrderElementsOf(ANN.tags().orElseThrow());
    }

    private static DesiredState load(String user) {
        try {
            Path repo = Files.createTempDirectory("users");
            Files.writeString(repo.resolve("pd-gitops.yaml"), "manage_users: true\n");
            Files.writeString(repo.resolve("people.yaml"), user);
            LoadResult result = ConfigLoader.load(repo);
            assertThat(result.violations()).isEmpty();
            return result.state();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
