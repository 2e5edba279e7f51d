package io.pdgitops.http.retry;

/**
 * One client's side of a call that {@link RetryLoop} repeats: sending it, and saying in the client's own terms
 * why it gave up.
 */
public interface Exchange<T> {

    /** The result of one attempt: a value, or the failure for the policy to judge. */
    record Attempt<T>(T value, Outcome failure) {

        public static <T> Attempt<T> succeeded(T value) {
            return new Attempt<>(value, null);
        }

        public static <T> Attempt<T> failed(Outcome failure) {
            return new Attempt<>(null, failure);
        }
    }

    /** @param retry 0 for the first attempt */
    Attempt<T> attempt(int retry);

    /** The exception to throw when the policy gives up after {@code attempts} attempts. */
    RuntimeException giveUp(Outcome last, Decision decision, int attempts);

    /** The exception to throw when the wait before a retry was interrupted (the interrupt flag is set again). */
    RuntimeException interrupted(InterruptedException cause);
}
