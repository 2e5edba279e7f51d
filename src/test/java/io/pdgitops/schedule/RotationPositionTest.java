package io.pdgitops.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.DstHandOffs;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RotationPositionTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Duration DAY = Duration.ofDays(1);
    /** Monday 2 November 2026, 09:00 in Tokyo: turn 0 of a daily rotation. */
    private static final Instant MONDAY_0900 = OffsetDateTime.parse("2026-11-02T09:00:00+09:00").toInstant();
    /** Wednesday 14:00: turn 2, Carol's in [Alice, Bob, Carol, Dave]. */
    private static final Instant WEDNESDAY_1400 = OffsetDateTime.parse("2026-11-04T14:00:00+09:00").toInstant();
    private static final List<String> FOUR = List.of("alice", "bob", "carol", "dave");

    private static RotationPosition daily(Instant virtualStart) {
        return new RotationPosition(virtualStart, DAY, TOKYO, RenderingChoices.DEFAULTS);
    }

    @Test
    void someoneElseLeavingKeepsTheHolderAndMovesTheVirtualStartByWholeTurns() {
        RotationPosition.Kept kept = daily(MONDAY_0900).keep(FOUR, List.of("alice", "carol", "dave"), WEDNESDAY_1400);

        // the golden calendar member-leaves-mid-rotation draws this virtual start
        assertThat(kept.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-11-03T09:00:00+09:00").toInstant());
        assertThat(kept.onCallBefore()).isEqualTo("carol");
        assertThat(kept.onCallAfter()).isEqualTo("carol");
        assertThat(kept.onCallStays()).isTrue();
        assertThat(kept.turnEnds()).isEqualTo(OffsetDateTime.parse("2026-11-05T09:00:00+09:00").toInstant());
    }

    @Test
    void theHolderLeavingHandsTheRestOfTheTurnToTheNextWhoStays() {
        RotationPosition.Kept kept = daily(MONDAY_0900).keep(FOUR, List.of("alice", "bob", "dave"), WEDNESDAY_1400);

        // the golden calendar on-call-member-leaves-mid-rotation draws this virtual start
        assertThat(kept.rotationVirtualStart()).isEqualTo(MONDAY_0900);
        assertThat(kept.onCallBefore()).isEqualTo("carol");
        assertThat(kept.onCallAfter()).isEqualTo("dave");
        assertThat(kept.onCallStays()).isFalse();
    }

    @Test
    void aJoinerBeforeTheHolderShiftsTheVirtualStartBack() {
        RotationPosition.Kept kept = daily(MONDAY_0900).keep(FOUR, List.of("erin", "alice", "bob", "carol", "dave"),
                WEDNESDAY_1400);

        assertThat(kept.onCallAfter()).isEqualTo("carol");
        assertThat(kept.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-11-01T09:00:00+09:00").toInstant());
    }

    @Test
    void nobodyStayingStartsTheNewListAtTheCurrentTurn() {
        RotationPosition.Kept kept = daily(MONDAY_0900).keep(FOUR, List.of("xavier", "yuki"), WEDNESDAY_1400);

        assertThat(kept.onCallAfter()).isEqualTo("xavier");
        assertThat(kept.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-11-04T09:00:00+09:00").toInstant());
    }

    @Test
    void aRepeatedUserKeepsTheSameOccurrence() {
        // [A, B, A]: turn 2 is A's second slot; in [A, C, B, A] that is slot 3
        RotationPosition.Kept kept = daily(MONDAY_0900).keep(List.of("a", "b", "a"), List.of("a", "c", "b", "a"),
                WEDNESDAY_1400);

        assertThat(kept.rotationVirtualStart()).isEqualTo(OffsetDateTime.parse("2026-11-01T09:00:00+09:00").toInstant());
    }

    @Test
    void handoffsAreRecognisedAcrossDaylightSavingChanges() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant before = OffsetDateTime.parse("2026-03-02T09:00:00-05:00").toInstant();
        RotationPosition position = new RotationPosition(before, DAY, newYork, RenderingChoices.DEFAULTS);

        assertThat(position.isHandoff(OffsetDateTime.parse("2026-03-12T09:00:00-04:00").toInstant())).isTrue();
        assertThat(position.isHandoff(OffsetDateTime.parse("2026-03-12T09:00:00-05:00").toInstant())).isFalse();
        assertThat(position.isHandoff(before.plusSeconds(1))).isFalse();
    }

    @Test
    void elapsedTimeHandoffsMoveByTheChangeOnTheWallClock() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant before = OffsetDateTime.parse("2026-03-02T09:00:00-05:00").toInstant();
        RotationPosition position = new RotationPosition(before, DAY, newYork, RenderingChoices.of(DstHandOffs.ELAPSED_TIME));

        assertThat(position.isHandoff(OffsetDateTime.parse("2026-03-12T10:00:00-04:00").toInstant())).isTrue();
        assertThat(position.isHandoff(OffsetDateTime.parse("2026-03-12T09:00:00-04:00").toInstant())).isFalse();
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L);
    }

    /** Whoever the old rotation has at {@code now} is whoever the new one has, when they stay. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theHolderIsOnCallUnderTheKeptVirtualStart(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> pool = List.of("a", "b", "c", "d", "e", "f");
        List<String> oldUsers = random.ints(1 + random.nextInt(5), 0, pool.size()).mapToObj(pool::get).toList();
        List<String> newUsers = random.ints(1 + random.nextInt(5), 0, pool.size()).mapToObj(pool::get).toList();
        Duration turn = random.nextBoolean() ? DAY : Duration.ofHours(1 + random.nextInt(48));
        ZoneId zone = ZoneId.of(List.of("Europe/Berlin", "Asia/Tokyo", "America/New_York").get(random.nextInt(3)));
        Instant now = MONDAY_0900.plusSeconds(random.nextInt(400 * 86_400));
        // Both readings of whole-day turns across a daylight saving change (schedules.dst_hand_offs).
        RenderingChoices choices = RenderingChoices.of(DstHandOffs.values()[random.nextInt(DstHandOffs.values().length)]);

        RotationPosition.Kept kept = new RotationPosition(MONDAY_0900, turn, zone, choices)
                .keep(oldUsers, newUsers, now);

        assertThat(holder(choices, MONDAY_0900, turn, zone, oldUsers, now)).isEqualTo(kept.onCallBefore());
        assertThat(holder(choices, kept.rotationVirtualStart(), turn, zone, newUsers, now)).isEqualTo(kept.onCallAfter());
        if (newUsers.contains(kept.onCallBefore())) {
            assertThat(kept.onCallAfter()).isEqualTo(kept.onCallBefore());
        }
        assertThat(new RotationPosition(MONDAY_0900, turn, zone, choices)
                .isHandoff(kept.rotationVirtualStart())).isTrue();
    }

    private static String holder(RenderingChoices choices, Instant virtualStart, Duration turn, ZoneId zone,
            List<String> users, Instant now) {
        TurnClock clock = choices.handoffModelFor(turn).clock(virtualStart, turn, zone);
        return users.get(Math.floorMod(clock.turnAt(now.getEpochSecond()), users.size()));
    }
}
