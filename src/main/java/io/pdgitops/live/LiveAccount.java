package io.pdgitops.live;

import io.pdgitops.diff.LiveState;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import java.util.List;
import java.util.Map;

/**
 * What the reader found in PagerDuty: the normalised {@link LiveState} the diff needs, plus the ids that the
 * normalisation drops and that apply needs to write back.
 *
 * @param userIds user ids by lower-case email
 * @param currentLayers by schedule id, the layers still running as PagerDuty has them (with their ids), Layer 1
 *     first, as in the state
 * @param vendorIds vendor ids by lower-case name; empty when no integration needed vendors
 */
public record LiveAccount(LiveState state, Map<String, String> userIds, Map<String, List<ScheduleLayerDto>> currentLayers,
        Map<String, String> vendorIds) {

    public LiveAccount {
        userIds = Map.copyOf(userIds);
        currentLayers = Map.copyOf(currentLayers);
        vendorIds = Map.copyOf(vendorIds);
    }
}
