package io.pdgitops.source;

/**
 * A Git source problem, with a message meant for people and free of credentials. It carries no cause on purpose:
 * transport exceptions may hold URLs with credentials, so callers put a redacted summary of the cause in the message.
 */
public class GitSourceException extends RuntimeException {

    public GitSourceException(String message) {
        super(message);
    }
}
