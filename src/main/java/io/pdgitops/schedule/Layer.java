package io.pdgitops.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One rotation layer, in PagerDuty's terms. Users are opaque keys (PagerDuty ids in the sandbox,
 * emails in the CLI preview); a user may appear several times, one rotation slot per element.
 *
 * @param end {@code null} when the layer never ends
 */
public record Layer(
        String name,
        Instant start,
        Instant end,
        Instant rotationVirtualStart,
        Duration turnLength,
        List<String> users,
        List<Restriction> restrictions) {

    public Layer {
        users = List.copyOf(users);
        restrictions = List.copyOf(restrictions);
    }
}
