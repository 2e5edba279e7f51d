package io.pdgitops.state;

/** The state cannot be read or written safely; the service must not go on as if it had been. */
public class StateStoreException extends RuntimeException {

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
