package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Hand-offs at the same local wall-clock time every {@code days} days. */
final class CalendarTurnClock implements TurnClock {

    private static final long SECONDS_PER_DAY = 86_400;

    private final long virtualStart;
    private final LocalDateTime localVirtualStart;
    private final long days;
    private final long nominalTurnSeconds;
    private final ZoneId zone;

    CalendarTurnClock(Instant rotationVirtualStart, Duration turnLength, ZoneId zone) {
        if (turnLength.getSeconds() % SECONDS_PER_DAY != 0) {
            throw new IllegalArgumentException(
                    "calendar hand-offs need a turn length of whole days, got " + turnLength.getSeconds() + " s");
        }
        this.virtualStart = rotationVirtualStart.getEpochSecond();
        this.localVirtualStart = LocalDateTime.ofInstant(rotationVirtualStart, zone);
        this.days = turnLength.getSeconds() / SECONDS_PER_DAY;
        this.nominalTurnSeconds = turnLength.getSeconds();
        this.zone = zone;
    }

    @Override
    public long handoff(long turn) {
        // Turn 0 is the virtual start itself, even when its local time is ambiguous and it carries
        // the later of the two offsets (ZonedDateTime.of would pick the earlier one).
        if (turn == 0) {
            return virtualStart;
        }
        return ZonedDateTime.of(localVirtualStart.plusDays(turn * days), zone).toEpochSecond();
    }

    @Override
    public long turnAt(long epochSecond) {
        // Offset changes move a hand-off by hours at most, so the elapsed-time guess is off by a
        // turn or two and the loops below run a bounded number of times.
        long turn = Math.floorDiv(epochSecond - virtualStart, nominalTurnSeconds);
        while (handoff(turn) > epochSecond) {
            turn--;
        }
        while (handoff(turn + 1) <= epochSecond) {
            turn++;
        }
        return turn;
    }
}
