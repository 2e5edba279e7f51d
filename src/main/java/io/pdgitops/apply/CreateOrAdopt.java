package io.pdgitops.apply;

import io.pdgitops.pagerduty.PagerDutyException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates an object without creating a duplicate. When the live read may be out of date the create first looks
 * up by name and adopts what it finds; otherwise it creates at once, since the read showed the object absent. A
 * create whose outcome is unknown (a 5xx, a timeout or a lost answer after the request was sent: PagerDuty may
 * have acted) is tried again only after a look-up. A create refused as invalid is looked up once too, since
 * PagerDuty refuses a second service or escalation policy of the same name; the refusal stands when nothing is
 * found.
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
     * @param lookFirst whether to look up before the first try
     * @param find the live objects with exactly this name
     */
    static <T> Outcome<T> run(String what, boolean lookFirst, Supplier<List<T>> find, Supplier<T> create) {
        boolean look = lookFirst;
        for (int attempt = 1; ; attempt++) {
            if (look) {
                Optional<T> found = single(what, find);
                if (found.isPresent()) {
                    return new Outcome<>(found.get(), true);
                }
            }
            try {
                return new Outcome<>(create.get(), false);
            } catch (PagerDutyException e) {
                if (!look && e.status() == 400) {
                    return new Outcome<>(single(what, find).orElseThrow(() -> e), true);
                }
                if (!e.retryable() || attempt >= ATTEMPTS) {
                    throw e;
                }
                look = look || outcomeUnknown(e);
            }
        }
    }

    /** A rate-limited request was not acted on; a 5xx or a network failure may have been. */
    static boolean outcomeUnknown(PagerDutyException e) {
        return e.status() == PagerDutyException.NO_RESPONSE || e.status() >= 500;
    }

    private static <T> Optional<T> single(String what, Supplier<List<T>> find) {
        List<T> found = find.get();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " PagerDuty objects are named like " + what
                    + ": not created again; remove all but one");
        }
        return found.stream().findFirst();
    }
}
