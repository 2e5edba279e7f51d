package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A webhook subscription PagerDuty disabled differs from its declaration by the flag alone, although no YAML field
 * declares it; a subscription about to be created never shows the flag.
 */
class DisabledWebhookDiffTest {

    private static final DiffOptions NOW = new DiffOptions(Instant.parse("2026-06-01T00:00:00Z"));
    private static final FieldChange REENABLE =
            FieldChange.of(WebhookSubscriptionFields.TEMPORARILY_DISABLED, "false", "true");

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyDisabledSubscriptionIsAnUpdateOfTheFlagAloneAndNothingElseDiffers(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();
        DesiredState echoed = new PagerDutyEcho(seed, NOW.now()).echo(desired);
        Set<String> disabled = disabledIn(desired, seed);

        Diff diff = Diff.between(desired, RandomStates.asLive(disabling(echoed, disabled)), NOW);

        assertThat(diff.resources()).allSatisfy(resource -> {
            boolean isDisabled = resource.key().kind() == ResourceKind.WEBHOOK_SUBSCRIPTION
                    && disabled.contains(resource.key().name());
            assertThat(resource.action()).isEqualTo(isDisabled ? DiffAction.UPDATE : DiffAction.NO_OP);
            assertThat(resource.changes()).isEqualTo(isDisabled ? List.of(REENABLE) : List.of());
        });
    }

    @Test
    void theSeedsDisableSomeSubscriptionsAndKeepOthersDelivering() {
        long disabled = seeds().map(seed -> disabledIn(new RandomStates(seed, "").desired(), seed).size()).sum();
        long all = seeds().map(seed -> new RandomStates(seed, "").desired().webhookSubscriptions().size()).sum();

        assertThat(disabled).isPositive().isLessThan(all);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCreateDoesNotShowTheFlag(long seed) {
        DesiredState desired = new RandomStates(seed, "").desired();

        Diff diff = Diff.between(desired, LiveState.empty(), NOW);

        assertThat(diff.resources()).flatExtracting(ResourceDiff::changes).extracting(FieldChange::path)
                .doesNotContain(WebhookSubscriptionFields.TEMPORARILY_DISABLED);
    }

    /** About half of the subscriptions, a different half for each seed. */
    private static Set<String> disabledIn(DesiredState desired, long seed) {
        return desired.webhookSubscriptions().stream().map(WebhookSubscription::name)
                .filter(name -> Math.floorMod(name.hashCode() + seed, 2) == 0).collect(Collectors.toSet());
    }

    private static DesiredState disabling(DesiredState state, Set<String> names) {
        return new DesiredState(state.settings(), state.teams(), state.schedules(), state.escalationPolicies(),
                state.services(), state.fileCount(), state.rosters(), state.maintenanceWindows(),
                state.businessServices(), state.webhookSubscriptions().stream()
                        .map(live -> names.contains(live.name()) ? new WebhookSubscription(live.name(), live.url(),
                                live.events(), live.filter(), live.active(), live.customHeaders(), true, live.origin())
                                : live)
                        .toList());
    }

    /** The seeds of the diff property tests: random states with and without subscriptions. */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }
}
