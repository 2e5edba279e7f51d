import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.model.RosterShift;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.roster.RosterCompilation;
import io.pdgitops.roster.RosterCompiler;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Times compiling a roster of N members (two shifts, day 09:00-21:00 and night 21:00-09:00, or
 * three of 8 hours from 06:00; two staggered days off each) in a warm JVM, including the self-check render.
 * Usage (see roster-bench.sh): java -cp APP_CLASSPATH bench/RosterCompileBench.java [MEMBERS] [WARMUP] [RUNS] [SHIFTS]
 */
public class RosterCompileBench {
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<RosterShift> shifts = args.length > 3 && args[3].equals("3")
                ? List.of(new RosterShift("early", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                        new RosterShift("late", LocalTime.of(14, 0), LocalTime.of(22, 0)),
                        new RosterShift("night", LocalTime.of(22, 0), LocalTime.of(6, 0)))
                : List.of(new RosterShift("day", LocalTime.of(9, 0), LocalTime.of(21, 0)),
                        new RosterShift("night", LocalTime.of(21, 0), LocalTime.of(9, 0)));
        List<RosterMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new RosterMember("member" + i + "@example.com",
                    Set.of(DayOfWeek.of(1 + i % 7), DayOfWeek.of(1 + (i + 1) % 7)), Optional.empty(), Optional.empty()));
        }
        Roster roster = new Roster("Bench", Optional.empty(), ZoneId.of("Asia/Tokyo"), Optional.empty(),
                LocalDate.of(2026, 1, 5), Roster.RotationUnit.DAILY,
                shifts, members, Optional.empty(), Optional.empty(), Origin.at(SourceLocation.startOf("bench.yaml")));
        RosterCompiler compiler = RosterCompiler.of(DstHandOffs.LOCAL_TIME);
        RosterCompilation first = compiler.compile(roster);
        if (!(first instanceof RosterCompilation.Compiled compiled)) {
            System.err.println("roster does not compile: " + first);
            System.exit(1);
            return;
        }
        for (int i = 0; i < warmUp; i++) {
            compiler.compile(roster);
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            compiler.compile(roster);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("members=%d cycle_weeks=%d min_us=%d median_us=%d max_us=%d%n",
                size, compiled.cycleWeeks(), micros[0], micros[runs / 2], micros[runs - 1]);
    }
}
