package io.pdgitops.sandbox;

import io.pdgitops.schedule.Window;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The window and zone a schedule read is rendered in, from {@code since}, {@code until},
 * {@code overflow} and {@code time_zone}. PagerDuty fills the missing edge two weeks away from the
 * given one; with neither, the sandbox renders the two weeks from now.
 */
record RenderParameters(Window window, ZoneId zone) {

    static RenderParameters of(SandboxRequest request, ZoneId scheduleZone, Instant now) {
        Optional<Instant> since = request.queryValue("since").map(text -> Checks.timestamp("since", text));
        Optional<Instant> until = request.queryValue("until").map(text -> Checks.timestamp("until", text));
        Instant start = since.orElseGet(() -> until.map(end -> end.minus(Timestamps.DEFAULT_SPAN)).orElse(now));
        Instant end = until.orElseGet(() -> start.plus(Timestamps.DEFAULT_SPAN));
        if (!end.isAfter(start)) {
            throw PagerDutyError.invalid("Until must be after since");
        }
        boolean overflow = request.queryValue("overflow").map("true"::equalsIgnoreCase).orElse(false);
        ZoneId zone = request.queryValue("time_zone").map(Checks::timeZone).orElse(scheduleZone);
        return new RenderParameters(new Window(start, end, overflow), zone);
    }
}
