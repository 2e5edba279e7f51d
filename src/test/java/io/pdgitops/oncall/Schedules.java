package io.pdgitops.oncall;

import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.SourceLocation;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Small declared schedules for on-call tests, in Asia/Tokyo from Monday 2026-01-05. */
public final class Schedules {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    public static final OffsetDateTime MONDAY_9 = OffsetDateTime.parse("2026-01-05T09:00:00+09:00");

    private Schedules() {
    }

    public static Schedule rotation(String name, Duration turn, List<String> users, LayerRestriction... restrictions) {
        return new Schedule(name, Optional.empty(), TOKYO, Optional.empty(),
                List.of(new ScheduleLayer(Optional.empty(), MONDAY_9, Optional.empty(), MONDAY_9, turn, users,
                        List.of(restrictions))),
                Origin.at(SourceLocation.startOf("s.yaml")));
    }

    static LayerRestriction daily(String start, Duration duration) {
        return new LayerRestriction(LayerRestriction.Type.DAILY, Optional.empty(), LocalTime.parse(start), duration);
    }
}
