package io.pdgitops.roster;

/**
 * Which of a roster's cross-day rules a solve enforces. Days off, own shifts and one shift a day
 * always hold; the two rules here can be switched off one at a time to find which of them makes a
 * roster impossible.
 *
 * @param rest nobody takes two shifts back to back (only when the roster has several shifts)
 * @param consecutiveDays the roster's {@code max_consecutive_days}, when it has one
 */
record HardRules(boolean rest, boolean consecutiveDays) {

    static final HardRules ALL = new HardRules(true, true);
}
