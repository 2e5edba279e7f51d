package io.pdgitops.roster;

import static io.pdgitops.roster.Rosters.ALL_DAY;
import static io.pdgitops.roster.Rosters.DAY;
import static io.pdgitops.roster.Rosters.FIRST_MONDAY;
import static io.pdgitops.roster.Rosters.NIGHT;
import static io.pdgitops.roster.Rosters.member;
import static io.pdgitops.roster.Rosters.onShift;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The solver against an exhaustive enumeration of every one-week assignment of small rosters. */
class RosterSolverTest {

    /** Feasible exactly when brute force finds an assignment, and then with the smallest spread there is. */
    @ParameterizedTest
    @MethodSource("io.pdgitops.roster.RosterCompilerTest#seeds")
    void solverAgreesWithBruteForceOnFeasibilityAndSmallestSpread(long seed) {
        Roster roster = smallRoster(new Random(seed));
        CycleGrid grid = new CycleGrid(roster, 7);

        OptionalLong smallest = BruteForce.smallestSpread(grid);
        SolveOutcome outcome = RosterSolver.solve(grid, HardRules.ALL, new FailBudget(Long.MAX_VALUE, Long.MAX_VALUE));

        if (smallest.isEmpty()) {
            assertThat(outcome).as("brute force finds no assignment").isInstanceOf(SolveOutcome.Impossible.class);
            return;
        }
        assertThat(outcome).isInstanceOf(SolveOutcome.Found.class);
        SolveOutcome.Found found = (SolveOutcome.Found) outcome;
        assertThat(found.proven()).isTrue();
        assertThat(found.spread()).isEqualTo(smallest.getAsLong());
        assertThat(FairShare.spreadMinutes(grid, found.assignment())).isEqualTo(found.spread());
        assertThat(BruteForce.keepsTheRules(grid, found.assignment())).isTrue();
    }

    private static Roster smallRoster(Random random) {
        List<RosterShift> shifts = random.nextBoolean() ? List.of(ALL_DAY) : List.of(DAY, NIGHT);
        // Small enough to enumerate: at most 4^7 one-shift or 6^7 two-shift weeks.
        int size = 2 + random.nextInt(shifts.size() == 1 ? 3 : 2);
        List<RosterMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            EnumSet<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
            int count = random.nextInt(3);
            while (off.size() < count) {
                off.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            DayOfWeek[] days = off.toArray(DayOfWeek[]::new);
            members.add(random.nextInt(4) == 0
                    ? onShift("m" + i, shifts.get(random.nextInt(shifts.size())).name(), days)
                    : member("m" + i, days));
        }
        Optional<Integer> limit = random.nextInt(3) == 0 ? Optional.of(1 + random.nextInt(4)) : Optional.empty();
        return Rosters.roster(ZoneId.of("Asia/Tokyo"), FIRST_MONDAY.plusDays(random.nextInt(7)), Roster.RotationUnit.DAILY,
                shifts, members, limit);
    }
}
