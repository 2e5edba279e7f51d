package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatsTest {

    private static final Duration ALLOWED = Duration.ofSeconds(60);
    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aBeaterWithinItsAllowedSilenceIsNotReported() {
        Heartbeats heartbeats = new Heartbeats(ALLOWED);
        heartbeats.beat("event loop 0", START);

        assertThat(heartbeats.silent(START.plus(ALLOWED))).isEmpty();
    }

    @Test
    void aBeaterThatStoppedIsReportedWithItsSilenceWhileTheOthersAreNot() {
        Heartbeats heartbeats = new Heartbeats(ALLOWED);
        heartbeats.beat("event loop 0", START);
        heartbeats.beat("scheduler", START);
        Instant later = START.plus(ALLOWED).plusSeconds(5);
        heartbeats.beat("scheduler", later);

        assertThat(heartbeats.silent(later)).containsExactly("event loop 0 silent for "
                + Duration.between(START, later).toSeconds() + " s (allowed " + ALLOWED.toSeconds() + " s)");
    }

    @Test
    void aBeaterThatBeatsAgainIsLiveAgain() {
        Heartbeats heartbeats = new Heartbeats(ALLOWED);
        heartbeats.beat("scheduler", START);
        Instant late = START.plus(ALLOWED.multipliedBy(2));
        assertThat(heartbeats.silent(late)).hasSize(1);

        heartbeats.beat("scheduler", late);

        assertThat(heartbeats.silent(late)).isEmpty();
    }

    @Test
    void aBeatFromAnEarlierTimeDoesNotHideASilence() {
        Heartbeats heartbeats = new Heartbeats(ALLOWED);
        Instant recent = START.plus(ALLOWED);
        heartbeats.beat("scheduler", recent);
        heartbeats.beat("scheduler", START);

        assertThat(heartbeats.silent(recent.plus(ALLOWED))).isEmpty();
        assertThat(heartbeats.silent(recent.plus(ALLOWED).plusSeconds(1))).hasSize(1);
    }

    @Test
    void theAllowedSilenceMustBePositive() {
        assertThatThrownBy(() -> new Heartbeats(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
