package io.pdgitops.load;

import io.pdgitops.model.Coverage;
import io.pdgitops.model.CoverageHours;
import java.time.LocalTime;
import java.util.Optional;

/** Reads the {@code coverage} rule that schedules and rosters share. */
final class CoverageMapper {

    private CoverageMapper() {
    }

    static Optional<Coverage> of(Fields fields) {
        if (!fields.has("coverage")) {
            return Optional.empty();
        }
        return Optional.of(fields.optionalObject("coverage")
                .<Coverage>map(rule -> new Coverage.Weekly(rule.objects("weekly").stream().map(CoverageMapper::hours)
                        .toList()))
                .orElseGet(Coverage.AllTheTime::new));
    }

    private static CoverageHours hours(Fields hours) {
        LocalTime end = "24:00".equals(hours.text("end")) ? LocalTime.MIDNIGHT : hours.time("end");
        return new CoverageHours(hours.days("days"), hours.time("start"), end);
    }
}
