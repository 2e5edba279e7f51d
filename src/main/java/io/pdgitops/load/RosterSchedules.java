package io.pdgitops.load;

import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Roster;
import io.pdgitops.model.Schedule;
import io.pdgitops.roster.RosterCompilation;
import io.pdgitops.roster.RosterCompiler;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.roster.RosterProblem;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles the rosters of a repository into schedules. A roster that does not compile yields its
 * problems at the roster's own lines and no schedule, so the revision is invalid and nothing is
 * applied; its name still counts as declared, so references to it are not reported again. A roster the last load
 * compiled unchanged is taken from the load's cache.
 */
final class RosterSchedules {

    private RosterSchedules() {
    }

    static List<Schedule> compile(List<Roster> rosters, DstHandOffs rule, FileLoadCache.Round round,
            Set<ObjectKey> declaredButInvalid, List<Violation> violations) {
        RosterCompiler compiler = RosterCompiler.of(rule);
        List<Schedule> schedules = new ArrayList<>();
        for (Roster roster : rosters) {
            try {
                RosterCompilation result = round.compile(roster, rule, compiler::compile);
                if (result instanceof RosterCompilation.Compiled compiled) {
                    schedules.add(compiled.schedule());
                } else if (result instanceof RosterCompilation.Failed failed) {
                    declaredButInvalid.add(new ObjectKey(ObjectKind.SCHEDULE, roster.name()));
                    for (RosterProblem problem : failed.problems()) {
                        violations.add(Violation.error(problem.code(), roster.origin().locationOf(problem.fieldPath()), problem.message()));
                    }
                }
            } catch (RuntimeException e) {
                declaredButInvalid.add(new ObjectKey(ObjectKind.SCHEDULE, roster.name()));
                violations.add(Violation.error(ViolationCode.UNREADABLE_FILE, roster.origin().location(),
                        "pd-gitops failed to compile roster `" + roster.name() + "` (" + e.getMessage() + "); please report it"));
            }
        }
        return schedules;
    }
}
