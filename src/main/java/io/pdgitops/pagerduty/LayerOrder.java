package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.LayerWrite;
import io.pdgitops.pagerduty.dto.ScheduleDto;
import io.pdgitops.pagerduty.dto.ScheduleLayerDto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place that knows the order of schedule layers on the wire. The client always speaks UI order (Layer 1
 * first, later layers win where they overlap). PagerDuty's GET returns layers reversed (the last layer first),
 * while POST and PUT take them in UI order. Should PagerDuty ever align the two, only this class changes.
 */
public final class LayerOrder {

    private LayerOrder() {
    }

    /** A schedule as read from any GET, turned into UI order. */
    public static ScheduleDto fromRead(ScheduleDto wire) {
        if (wire.layers() == null) {
            return wire;
        }
        List<ScheduleLayerDto> layers = new ArrayList<>(wire.layers());
        Collections.reverse(layers);
        return wire.withLayers(List.copyOf(layers));
    }

    /** Layers in UI order, as POST and PUT expect them. */
    public static List<LayerWrite> forWrite(List<LayerWrite> uiOrder) {
        return uiOrder;
    }
}
