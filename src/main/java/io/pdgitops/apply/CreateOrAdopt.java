package io.pdgitops.apply;

import io.pdgitops.pagerduty.PagerDutyException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Creates an object only after checking by name that it is not there yet. An interrupted apply, or a 5xx or
 * timeout after PagerDuty acted, can leave the object behind; it is then adopted instead of duplicated. A create
 * that failed in a way that may succeed later is tried again, each time after a fresh look-up.
 */
final class CreateOrAdopt {

    /** As many tries as a read gets with the client's default of five retries. */
    static final int ATTEMPTS = 6;

    record Outcome<T>(T object, boolean adopted) {
    }

    private CreateOrAdopt() {
    }

    /**
     * @param what names the object in errors, e.g. "Service `Payments`"
     * @param find the live objects with exactly this name
     */
    static <T> Outcome<T> run(String what, Supplier<List<T>> find, Supplier<T> create) {
        for (int attempt = 1; ; attempt++) {
            List<T> found = find.get();
            if (found.size() > 1) {
                throw new IllegalStateException(found.size() + " PagerDuty objects are named like " + what
                        + ": not created again; remove all but one");
            }
            if (found.size() == 1) {
                return new Outcome<>(found.get(0), true);
            }
            try {
                return new Outcome<>(create.get(), false);
            } catch (PagerDutyException e) {
                if (!e.retryable() || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
