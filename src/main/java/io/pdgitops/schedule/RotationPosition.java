package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Where a running rotation stands at an instant, and the {@code rotation_virtual_start} that keeps it there when
 * the layer's users change. Only whole turns move: the hand-off times stay where they were.
 *
 * <p>Whoever holds the current turn keeps it, and the new list continues after them. If that person leaves the
 * rotation, the next person in the old order who stays takes the rest of the current turn (hand-off times do not
 * move, so nobody gets a turn of odd length), and the new order continues after them. If nobody stays, the new
 * list starts from its first user at the current turn.
 */
public final class RotationPosition {

    /**
     * @param rotationVirtualStart the virtual start that keeps the position
     * @param onCallBefore who held the current turn under the old users
     * @param onCallAfter who holds it under the new users: the same person unless they left
     * @param turnEnds the next hand-off
     */
    public record Kept(Instant rotationVirtualStart, String onCallBefore, String onCallAfter, Instant turnEnds) {

        public boolean onCallStays() {
            return onCallBefore.equals(onCallAfter);
        }
    }

    private final TurnClock clock;

    /** A running rotation, with hand-offs placed as {@code choices} renders them. */
    public RotationPosition(Instant rotationVirtualStart, Duration turnLength, ZoneId zone, RenderingChoices choices) {
        this.clock = choices.handoffModelFor(turnLength).clock(rotationVirtualStart, turnLength, zone);
    }

    /** True when {@code instant} is one of this rotation's hand-offs, so a virtual start there keeps its hand-off times. */
    public boolean isHandoff(Instant instant) {
        long second = instant.getEpochSecond();
        return instant.getNano() == 0 && clock.handoff(clock.turnAt(second)) == second;
    }

    /**
     * @param oldUsers the running layer's users, in rotation order (repeats allowed)
     * @param newUsers the declared users, not empty
     */
    public Kept keep(List<String> oldUsers, List<String> newUsers, Instant now) {
        long turn = clock.turnAt(now.getEpochSecond());
        int slot = Math.floorMod(turn, oldUsers.size());
        String before = oldUsers.get(slot);
        int newSlot = 0;
        for (int step = 0; step < oldUsers.size(); step++) {
            int oldSlot = (slot + step) % oldUsers.size();
            int found = sameOccurrence(oldUsers, oldSlot, newUsers);
            if (found >= 0) {
                newSlot = found;
                break;
            }
        }
        return new Kept(Instant.ofEpochSecond(clock.handoff(turn - newSlot)), before, newUsers.get(newSlot),
                Instant.ofEpochSecond(clock.handoff(turn + 1)));
    }

    /**
     * The slot in {@code newUsers} of the person at {@code oldSlot}: a user listed several times keeps the same
     * occurrence (their second turn stays their second turn) where the new list has it, else their first; -1 if
     * they are gone.
     */
    private static int sameOccurrence(List<String> oldUsers, int oldSlot, List<String> newUsers) {
        String user = oldUsers.get(oldSlot);
        int occurrence = 0;
        for (int i = 0; i < oldSlot; i++) {
            if (oldUsers.get(i).equalsIgnoreCase(user)) {
                occurrence++;
            }
        }
        int first = -1;
        for (int i = 0; i < newUsers.size(); i++) {
            if (newUsers.get(i).equalsIgnoreCase(user)) {
                if (occurrence == 0) {
                    return i;
                }
                first = first < 0 ? i : first;
                occurrence--;
            }
        }
        return first;
    }
}
