package io.pdgitops.roster;

import io.pdgitops.model.Schedule;
import java.util.List;

/** The result of compiling a roster: a schedule, or the reasons there is none. */
public sealed interface RosterCompilation {

    /**
     * @param cycleWeeks the assignment repeats every this many weeks
     * @param hours per member, in member order
     */
    record Compiled(Schedule schedule, int cycleWeeks, List<MemberHours> hours) implements RosterCompilation {

        public Compiled {
            hours = List.copyOf(hours);
        }
    }

    record Failed(List<RosterProblem> problems) implements RosterCompilation {

        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
