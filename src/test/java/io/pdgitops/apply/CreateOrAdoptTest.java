package io.pdgitops.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.pagerduty.PagerDutyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Which creates look up by name first, and what a failed create leads to. */
class CreateOrAdoptTest {

    /** A PagerDuty account of names, whose creates fail as told before they succeed. */
    private static final class Names {
        final List<String> live = new ArrayList<>();
        final List<PagerDutyException> failures = new ArrayList<>();
        /** Whether a failing create still made the object (PagerDuty acted, the answer was lost). */
        boolean failureActs;
        int lookups;
        int creates;

        Supplier<List<String>> find(String name) {
            return () -> {
                lookups++;
                return live.stream().filter(name::equals).toList();
            };
        }

        Supplier<String> create(String name) {
            return () -> {
                creates++;
                if (!failures.isEmpty()) {
                    if (failureActs) {
                        live.add(name);
                    }
                    throw failures.remove(0);
                }
                live.add(name);
                return name;
            };
        }

        CreateOrAdopt.Outcome<String> run(String name, boolean lookFirst) {
            return CreateOrAdopt.run("Service `" + name + "`", lookFirst, find(name), create(name));
        }
    }

    private static PagerDutyException failure(int status, boolean retryable) {
        return new PagerDutyException(status, null, "failed", List.of(), retryable, "POST", "/services", null);
    }

    @Test
    void aFreshReadIsTrustedAndTheCreateSentAtOnce() {
        Names names = new Names();

        CreateOrAdopt.Outcome<String> outcome = names.run("Web", false);

        assertThat(outcome.adopted()).isFalse();
        assertThat(names.lookups).isZero();
        assertThat(names.live).containsExactly("Web");
    }

    @Test
    void aStaleReadLooksUpFirstAndAdoptsWhatIsThere() {
        Names names = new Names();
        names.live.add("Web");

        CreateOrAdopt.Outcome<String> outcome = names.run("Web", true);

        assertThat(outcome.adopted()).isTrue();
        assertThat(names.creates).isZero();
        assertThat(names.live).containsExactly("Web");
    }

    @Test
    void aServerErrorAfterPagerDutyActedIsFollowedByALookUpNotASecondCreate() {
        Names names = new Names();
        names.failures.add(failure(502, true));
        names.failureActs = true;

        CreateOrAdopt.Outcome<String> outcome = names.run("Web", false);

        assertThat(outcome.adopted()).isTrue();
        assertThat(names.creates).isEqualTo(1);
        assertThat(names.live).containsExactly("Web");
    }

    @Test
    void aLostAnswerIsFollowedByALookUpAndTheCreateTriedAgainWhenNothingIsThere() {
        Names names = new Names();
        names.failures.add(failure(PagerDutyException.NO_RESPONSE, true));

        CreateOrAdopt.Outcome<String> outcome = names.run("Web", false);

        assertThat(outcome.adopted()).isFalse();
        assertThat(names.lookups).isEqualTo(1);
        assertThat(names.creates).isEqualTo(2);
        assertThat(names.live).containsExactly("Web");
    }

    @Test
    void aRateLimitedCreateWasNotActedOnAndIsTriedAgainWithoutALookUp() {
        Names names = new Names();
        names.failures.add(failure(429, true));

        names.run("Web", false);

        assertThat(names.lookups).isZero();
        assertThat(names.creates).isEqualTo(2);
    }

    @Test
    void aCreateRefusedBecauseTheNameIsTakenAdoptsTheObjectSomeoneMadeSinceTheRead() {
        Names names = new Names();
        names.live.add("Web");
        names.failures.add(failure(400, false));

        CreateOrAdopt.Outcome<String> outcome = names.run("Web", false);

        assertThat(outcome.adopted()).isTrue();
        assertThat(names.live).containsExactly("Web");
    }

    @Test
    void aCreateRefusedForAnotherReasonKeepsItsError() {
        Names names = new Names();
        PagerDutyException refused = failure(400, false);
        names.failures.add(refused);

        assertThatThrownBy(() -> names.run("Web", false)).isSameAs(refused);
        assertThat(names.live).isEmpty();
    }

    @Test
    void serverErrorsThatNeverEndGiveUpAfterTheLastAttempt() {
        Names names = new Names();
        for (int i = 0; i < CreateOrAdopt.ATTEMPTS + 1; i++) {
            names.failures.add(failure(503, true));
        }

        assertThatThrownBy(() -> names.run("Web", false)).isInstanceOf(PagerDutyException.class);
        assertThat(names.creates).isEqualTo(CreateOrAdopt.ATTEMPTS);
        assertThat(names.lookups).isEqualTo(CreateOrAdopt.ATTEMPTS - 1);
    }

    @Test
    void theReadIsTrustedForTheMarginAndNoLonger() {
        CreateLookup lookup = CreateLookup.trustingReadsFor(Duration.ofSeconds(60));
        Instant read = Instant.parse("2026-03-01T00:00:00Z");

        assertThat(lookup.firstTry(read, read.plusSeconds(60))).isFalse();
        assertThat(lookup.firstTry(read, read.plusSeconds(61))).isTrue();
        assertThat(lookup.resuming().firstTry(read, read)).isTrue();
    }
}
