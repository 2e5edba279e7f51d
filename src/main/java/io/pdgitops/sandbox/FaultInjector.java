package io.pdgitops.sandbox;

import java.util.Random;

/** Decides, request by request, which fault (if any) to inject. Thread-safe. */
final class FaultInjector {

    enum Outcome { NONE, SERVER_ERROR, DROP, RATE_LIMITED }

    record Decision(long delayMillis, Outcome outcome, boolean withHeaders) {
    }

    private Faults faults;
    private Random random;
    private int burstLeft;

    FaultInjector(Faults faults) {
        configure(faults);
    }

    synchronized void configure(Faults faults) {
        this.faults = faults;
        this.random = new Random(faults.seed());
        this.burstLeft = faults.rateLimitBurst();
    }

    synchronized Faults faults() {
        return faults;
    }

    synchronized Decision next() {
        long delay = faults.latencyMillis()
                + (faults.jitterMillis() > 0 ? (long) (random.nextDouble() * (faults.jitterMillis() + 1)) : 0);
        if (burstLeft > 0) {
            burstLeft--;
            return new Decision(delay, Outcome.RATE_LIMITED, faults.burstWithHeaders());
        }
        double roll = random.nextDouble();
        if (roll < faults.dropRate()) {
            return new Decision(delay, Outcome.DROP, false);
        }
        if (roll < faults.dropRate() + faults.errorRate()) {
            return new Decision(delay, Outcome.SERVER_ERROR, true);
        }
        return new Decision(delay, Outcome.NONE, true);
    }

    /**
     * Whether the answer to a write that was just done is to be lost. Drawn only while lost answers are on, so that
     * turning them on changes no other fault a seed gives.
     */
    synchronized boolean loseAnswer() {
        return faults.lostAnswerRate() > 0 && random.nextDouble() < faults.lostAnswerRate();
    }
}
