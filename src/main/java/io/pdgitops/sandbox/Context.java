package io.pdgitops.sandbox;

import io.pdgitops.model.DstHandOffs;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** What every resource needs: the state, references, links and the time of the request. */
record Context(SandboxState state, Refs refs, Links links, Clock clock, DstHandOffs dstHandOffs) {

    /** A copy of a stored object with the writable fields of a PUT body laid over it: PagerDuty's PUT is partial. */
    ObjectNode patched(Kind collection, Call call, String wrapper, Set<String> readOnly) {
        ObjectNode patched = state.require(collection, call.id()).deepCopy();
        patched.setAll(Json.without(Json.unwrap(call.request().body(), wrapper), readOnly));
        return patched;
    }

    /** Now, in whole seconds: PagerDuty's timestamps carry no fractions. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
