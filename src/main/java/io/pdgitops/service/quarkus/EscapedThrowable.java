package io.pdgitops.service.quarkus;

import io.pdgitops.model.DisplayText;

/**
 * A stand-in for a logged exception whose message (or a cause's) holds control characters: it prints as the
 * original would ({@code class: message}, the same frames, causes and suppressed ones), with the messages escaped,
 * so that a stack trace cannot carry a forged log line either.
 */
final class EscapedThrowable extends Throwable {

    private static final long serialVersionUID = 1L;
    /** Causes nested deeper than this (a cycle, or a hostile chain) are left out of the copy. */
    private static final int MAX_DEPTH = 32;

    private final String className;

    private EscapedThrowable(Throwable original, EscapedThrowable cause) {
        super(original.getMessage() == null ? null : DisplayText.escape(original.getMessage()), cause, true, true);
        this.className = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** {@code thrown} itself when no message in its chain needs escaping, otherwise its escaped copy. */
    static Throwable of(Throwable thrown) {
        return thrown == null || !needsEscaping(thrown, 0) ? thrown : copy(thrown, 0);
    }

    private static boolean needsEscaping(Throwable thrown, int depth) {
        if (thrown == null || depth > MAX_DEPTH) {
            return false;
        }
        String message = thrown.getMessage();
        if (message != null && !DisplayText.escape(message).equals(message)) {
            return true;
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (needsEscaping(suppressed, depth + 1)) {
                return true;
            }
        }
        return thrown.getCause() != thrown && needsEscaping(thrown.getCause(), depth + 1);
    }

    private static EscapedThrowable copy(Throwable thrown, int depth) {
        Throwable cause = thrown.getCause();
        EscapedThrowable escaped = new EscapedThrowable(thrown,
                cause == null || cause == thrown || depth > MAX_DEPTH ? null : copy(cause, depth + 1));
        if (depth <= MAX_DEPTH) {
            for (Throwable suppressed : thrown.getSuppressed()) {
                escaped.addSuppressed(copy(suppressed, depth + 1));
            }
        }
        return escaped;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? className : className + ": " + message;
    }
}
