package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.schedule.LayerTimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bounds of {@link LayerTimeRange}, one minute either side, for each layer time validate checks. */
class LayerTimeRangeRuleTest {

    static final Duration MINUTE = Duration.ofMinutes(1);
    static final SourceLocation FILE = SourceLocation.startOf("s.yaml");

    @Test
    void everyLayerTimeIsAcceptedInsideTheRangeAndRefusedOutside() {
        Instant first = LayerTimeRange.EARLIEST;
        Instant last = LayerTimeRange.END.minus(MINUTE);
        for (String field : List.of("start", "rotation_virtual_start", "end")) {
            assertThat(codes(field, first)).as(field + " at " + first).isEmpty();
            assertThat(codes(field, last)).as(field + " at " + last).isEmpty();
            assertThat(codes(field, first.minus(MINUTE))).as(field + " before the range")
                    .containsExactly(ViolationCode.LAYER_TIME_OUT_OF_RANGE);
            assertThat(codes(field, LayerTimeRange.END)).as(field + " at the range's end")
                    .containsExactly(ViolationCode.LAYER_TIME_OUT_OF_RANGE);
        }
    }

    /**
     * The range codes validate gives a layer whose {@code field} is {@code value}, the other times at the range's
     * start (an end there is also before its start: that other code is left out).
     */
    private static List<ViolationCode> codes(String field, Instant value) {
        OffsetDateTime at = value.atOffset(ZoneOffset.UTC);
        OffsetDateTime start = field.equals("start") ? at : first();
        Optional<OffsetDateTime> end = field.equals("end") ? Optional.of(at) : Optional.empty();
        OffsetDateTime virtualStart = field.equals("rotation_virtual_start") ? at : start;
        ScheduleLayer layer = new ScheduleLayer(Optional.empty(), start, end, virtualStart, Duration.ofDays(1),
                List.of("anna@example.com"), List.of());
        String path = FieldPath.of("layers", 0, field);
        Schedule schedule = new Schedule("S", Optional.empty(), ZoneId.of("UTC"), Optional.empty(), List.of(layer),
                new Origin(FILE, Map.of(path, FILE)), Optional.empty());
        List<Violation> found = new ArrayList<>();
        ScheduleRules.check(List.of(schedule), found);
        return found.stream().map(Violation::code).filter(code -> code == ViolationCode.LAYER_TIME_OUT_OF_RANGE).toList();
    }

    private static OffsetDateTime first() {
        return LayerTimeRange.EARLIEST.atOffset(ZoneOffset.UTC);
    }
}
