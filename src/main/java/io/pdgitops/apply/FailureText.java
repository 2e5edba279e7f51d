package io.pdgitops.apply;

import io.pdgitops.pagerduty.PagerDutyException;

/**
 * Turns what a step threw into the error its outcome reports. PagerDuty's answers and the apply's own refusals
 * ({@link IllegalStateException} with a sentence) are expected and read well as they are; anything else is a bug
 * whose bare message ("null" for most NullPointerExceptions) would say nothing, so it is named by its type and its
 * stack trace is logged once, where an operator can find it.
 */
public final class FailureText {

    private static final System.Logger LOG = System.getLogger(FailureText.class.getName());

    private FailureText() {
    }

    /** What the step's outcome says; logs the stack trace of an unexpected exception. */
    public static String of(String what, RuntimeException e) {
        if (expected(e)) {
            return e.getMessage();
        }
        // The message is not logged on its own: the trace carries it, and a PagerDutyException (which could quote
        // an answer) never gets here.
        LOG.log(System.Logger.Level.ERROR, "unexpected " + e.getClass().getName() + " in " + what, e);
        return describe(e);
    }

    /** {@code Type: message}, or the type alone when there is no message. */
    public static String describe(Throwable e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null || e.getMessage().isBlank() ? type : type + ": " + e.getMessage();
    }

    private static boolean expected(RuntimeException e) {
        return e.getMessage() != null && (e instanceof PagerDutyException || e.getClass() == IllegalStateException.class);
    }
}
