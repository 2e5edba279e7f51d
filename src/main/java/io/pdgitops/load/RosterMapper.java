package io.pdgitops.load;

import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;

/** Builds a {@link Roster} from a schema-valid Roster document. */
final class RosterMapper {

    private RosterMapper() {
    }

    /** @param defaultZone {@code defaults.time_zone} from {@code pd-gitops.yaml} */
    static Roster map(Fields fields, Origin origin, Optional<ZoneId> defaultZone) {
        return new Roster(
                fields.text("name"),
                fields.optionalText("description"),
                DeclaredZone.of(fields, defaultZone, "roster"),
                fields.optionalTextList("teams"),
                fields.date("start"),
                fields.optionalText("rotation").filter("weekly"::equals).isPresent()
                        ? Roster.RotationUnit.WEEKLY
                        : Roster.RotationUnit.DAILY,
                fields.objects("shifts").stream().map(RosterMapper::shift).toList(),
                fields.objects("members").stream().map(RosterMapper::member).toList(),
                fields.optionalObject("limits").flatMap(limits -> limits.optionalInt("max_consecutive_days")),
                CoverageMapper.of(fields),
                origin);
    }

    private static RosterShift shift(Fields shift) {
        return new RosterShift(shift.text("name"), shift.time("start"), shift.time("end"));
    }

    private static RosterMember member(Fields member) {
        return new RosterMember(
                member.text("user"),
                new HashSet<>(member.days("days_off")),
                member.optionalText("shift"),
                member.optionalText("site"));
    }
}
