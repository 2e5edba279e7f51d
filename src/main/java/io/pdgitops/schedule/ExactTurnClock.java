package io.pdgitops.schedule;

/** Hand-offs at fixed elapsed-time steps from the rotation virtual start. */
record ExactTurnClock(long virtualStart, long turnSeconds) implements TurnClock {

    @Override
    public long handoff(long turn) {
        return virtualStart + turn * turnSeconds;
    }

    @Override
    public long turnAt(long epochSecond) {
        return Math.floorDiv(epochSecond - virtualStart, turnSeconds);
    }
}
