package io.pdgitops.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.Target;
import io.pdgitops.model.Timeout;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final UserDirectory USERS = new UserDirectory(Map.of("Taro@Example.com", "Taro Yamada"));

    @Test
    void writesDurationsTheWayTheYamlDoes() {
        assertThat(Values.durationText(Duration.ofMinutes(30))).isEqualTo("30m");
        assertThat(Values.durationText(Duration.ofHours(4))).isEqualTo("4h");
        assertThat(Values.durationText(Duration.ofSeconds(86_400 + 5_400))).isEqualTo("1d1h30m");
    }

    @Test
    void treatsZeroAndDisabledTimeoutsAsEqual() {
        FlatValue zero = Values.timeout(Timeout.after(Duration.ZERO));
        FlatValue disabled = Values.timeout(Timeout.disabled());

        assertThat(zero.sameAs(disabled, NOW)).isTrue();
        assertThat(Values.timeout(Timeout.after(Duration.ofHours(4))).sameAs(disabled, NOW)).isFalse();
    }

    @Test
    void treatsAnAbsentAndAnEmptyDescriptionAsEqual() {
        assertThat(Values.text(Optional.empty()).sameAs(Values.text(""), NOW)).isTrue();
    }

    @Test
    void comparesTargetsAsASetButUsersInOrder() {
        List<Target> targets = List.of(Target.schedule("Day"), Target.user("taro@example.com"));
        List<Target> reversed = List.of(Target.user("taro@example.com"), Target.schedule("Day"));

        assertThat(Values.targets(targets, USERS).sameAs(Values.targets(reversed, USERS), NOW)).isTrue();
        assertThat(Values.userSequence(List.of("a@x.io", "b@x.io"), USERS)
                .sameAs(Values.userSequence(List.of("b@x.io", "a@x.io"), USERS), NOW)).isFalse();
    }

    @Test
    void showsKnownUsersByNameAndEmail() {
        assertThat(Values.targets(List.of(Target.user("taro@example.com")), USERS).display())
                .isEqualTo("[user Taro Yamada <taro@example.com>]");
        assertThat(USERS.display("nobody@example.com")).isEqualTo("nobody@example.com");
    }

    @Test
    void ignoresLayerStartsOnlyWhenBothAreInThePast() {
        FlatValue pastDesired = FlatValue.layerStart(OffsetDateTime.parse("2026-01-05T09:00:00+09:00"));
        FlatValue pastLive = FlatValue.layerStart(OffsetDateTime.parse("2026-05-30T10:00:00Z"));
        FlatValue future = FlatValue.layerStart(OffsetDateTime.parse("2026-07-01T00:00:00Z"));

        assertThat(pastDesired.sameAs(pastLive, NOW)).isTrue();
        assertThat(future.sameAs(pastLive, NOW)).isFalse();
        assertThat(pastDesired.sameAs(future, NOW)).isFalse();
    }

    @Test
    void comparesTimestampsAsInstants() {
        FlatValue tokyo = FlatValue.layerStart(OffsetDateTime.parse("2026-07-01T09:00:00+09:00"));
        FlatValue utc = FlatValue.layerStart(OffsetDateTime.parse("2026-07-01T00:00:00Z"));

        assertThat(tokyo.sameAs(utc, NOW)).isTrue();
    }
}
