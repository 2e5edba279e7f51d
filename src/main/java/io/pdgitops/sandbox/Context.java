package io.pdgitops.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every resource needs: the state, references, links and the time of the request. */
record Context(SandboxState state, Refs refs, Links links, Clock clock) {

    /** Now, in whole seconds: PagerDuty's timestamps carry no fractions. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
