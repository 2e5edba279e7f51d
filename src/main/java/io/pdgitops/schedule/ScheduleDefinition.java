package io.pdgitops.schedule;

import java.time.ZoneId;
import java.util.List;

/**
 * What a schedule renders from.
 *
 * @param layers in PagerDuty's UI order (the order of a POST/PUT body): Layer 1 first; a later
 *               layer wins where layers overlap
 */
public record ScheduleDefinition(ZoneId timeZone, List<Layer> layers, List<ScheduleOverride> overrides) {

    public ScheduleDefinition {
        layers = List.copyOf(layers);
        overrides = List.copyOf(overrides);
    }
}
