package io.pdgitops.diff;

/** What the diff found for one declared object. */
public enum DiffAction {
    /** Declared, not in PagerDuty. */
    CREATE,
    /** Declared and in PagerDuty, with at least one managed field different. */
    UPDATE,
    /** Declared and in PagerDuty, with every managed field equal. */
    NO_OP,
    /** Several live objects share the declared name: nothing is guessed, the object is left alone. */
    AMBIGUOUS
}
