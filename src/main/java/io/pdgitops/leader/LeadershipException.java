package io.pdgitops.leader;

/** The database that decides leadership cannot be asked; callers treat this replica as a follower meanwhile. */
public class LeadershipException extends RuntimeException {

    public LeadershipException(String message, Throwable cause) {
        super(message, cause);
    }
}
