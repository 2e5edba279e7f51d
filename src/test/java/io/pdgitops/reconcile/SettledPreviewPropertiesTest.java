package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyListener;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.Roster;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.schedule.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random rosters and plain schedules, applied, then edited at a random later moment (days off moved, members added,
 * removed or reordered, shift times moved; users added, removed or reordered) and applied again. After each apply
 * the sandbox's rendered final schedule equals the preview of the settled state entry for entry over eight weeks,
 * and no roster member is on call on a day off. Zones with and without daylight saving are drawn, the eight weeks
 * cross the autumn changes of Berlin and New York, and the repository and the sandbox each take one of the two
 * readings of how PagerDuty hands whole-day turns off across a change. The seed is printed on failure so a case
 * can be replayed. A fixed repository is also taken across every spring and autumn change of Berlin and New York
 * (and Tokyo over New York's dates) under both readings, with edits of a plain rotation on either side of each change.
 */
class SettledPreviewPropertiesTest {

    /** Cases per run; -Dpd-gitops.test.cases=N runs more when hunting a rare failure. */
    private static final int CASES = Integer.getInteger("pd-gitops.test.cases", 12);
    private static final List<String> PEOPLE = List.of("kenta.sato", "misaki.suzuki", "sho.takahashi", "hina.tanaka",
            "daisuke.ito", "yui.watanabe", "takumi.yamamoto", "aya.nakamura", "hiroshi.kimura", "emi.hayashi",
            "ren.kobayashi", "mao.kato", "yuto.yoshida", "aoi.yamada");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Instant FIRST_APPLY = Instant.parse("2026-10-12T03:17:00Z");
    private static final List<String> ZONES = List.of("Asia/Tokyo", "America/New_York", "Europe/Berlin");

    @TempDir
    Path temp;

    @Test
    void afterEveryApplyPagerDutyRendersThePreviewAndNobodyWorksADayOff() throws IOException {
        // -Dpd-gitops.test.seed=N runs the cases from seed N, as a failure prints it.
        long base = Long.getLong("pd-gitops.test.seed", new Random().nextLong());
        for (int i = 0; i < CASES; i++) {
            long seed = base + i;
            Path repo = Files.createDirectories(temp.resolve("case-" + i));
            runCase(new Random(seed), repo, "seed " + seed);
        }
    }

    static Stream<Arguments> daylightSavingChanges() {
        List<Arguments> cases = new ArrayList<>();
        for (DstHandOffs rule : DstHandOffs.values()) {
            for (String zone : ZONES) {
                for (int year : List.of(2026, 2027)) {
                    // The spring and autumn changes of the zone, or for a zone without any those of New York.
                    Instant newYear = Instant.parse(year + "-01-01T00:00:00Z");
                    ZoneId changing = ZoneId.of(zone).getRules().nextTransition(newYear) == null
                            ? ZoneId.of("America/New_York") : ZoneId.of(zone);
                    ZoneOffsetTransition spring = changing.getRules().nextTransition(newYear);
                    ZoneOffsetTransition autumn = changing.getRules().nextTransition(spring.getInstant());
                    cases.add(Arguments.of(zone, spring.getInstant(), rule));
                    cases.add(Arguments.of(zone, autumn.getInstant(), rule));
                }
            }
        }
        return cases.stream();
    }

    /**
     * A roster and a plain one-day rotation applied a week before a change, then the plain rotation's users edited the
     * day before the change and the day after it: the sandbox, rendering by the same rule as the repository, shows the
     * preview, nobody works a day off, and each edit keeps whoever is on call at that moment ({@code keep_position}).
     */
    @ParameterizedTest(name = "{0} around {1}, {2}")
    @MethodSource("daylightSavingChanges")
    void aRosterAndAPlainRotationAgreeWithPagerDutyAcrossADaylightSavingChange(String zone, Instant change,
            DstHandOffs rule) throws IOException {
        ZoneId zoneId = ZoneId.of(zone);
        LocalDate changeDay = change.atZone(zoneId).toLocalDate();
        LocalDate start = changeDay.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MutableClock clock = new MutableClock(start.atTime(12, 0).atZone(zoneId).toInstant());
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000).withDstHandOffs(rule),
                SandboxAccount.seed(SandboxAccount.EXAMPLE_REPO.resolve("sandbox-seed.yaml")), clock, duration -> {
                });
        PagerDutyClient client = SandboxAccount.client(sandbox, 0);
        Reconciler reconciler = new Reconciler(client, clock);
        String label = zone + " around " + change + ", " + rule.yamlName();
        RandomRepo declared = new RandomRepo(temp, zone, rule);
        declared.members.addAll(PEOPLE.subList(0, 6));
        for (int i = 0; i < declared.members.size(); i++) {
            declared.daysOff.add(List.of(DAYS.get(i), DAYS.get((i + 3) % 7)));
        }
        declared.dayAndNight = true;
        declared.rotation.addAll(PEOPLE.subList(6, 9));
        declared.turn = "1d";
        OffsetDateTime layerStart = start.atTime(9, 0).atZone(zoneId).toOffsetDateTime();
        declared.write(start, layerStart);
        check(reconciler, client, clock, temp, label + ", first apply");

        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        for (LocalDate editDay : List.of(changeDay.minusDays(1), changeDay.plusDays(1))) {
            clock.advance(Duration.between(clock.instant(), editDay.atTime(13, 30).atZone(zoneId).toInstant()));
            String onCall = onCallNow(client, emails, clock.instant());
            declared.rotation.add(0, PEOPLE.get(declared.rotation.size() + 6));
            Collections.reverse(declared.rotation);
            declared.write(start, layerStart);
            check(reconciler, client, clock, temp, label + ", users edited on " + editDay);
            assertThat(onCallNow(client, emails, clock.instant())).as(label + ": on call after the edit on " + editDay)
                    .isEqualTo(onCall);
        }
    }

    private static String onCallNow(PagerDutyClient client, Map<String, String> emails, Instant now) {
        return finalSchedule(client, emails, "Random Rotation", new TimeRange(now, now.plus(Duration.ofMinutes(1))))
                .stream().filter(entry -> !entry.start().isAfter(now) && entry.end().isAfter(now))
                .map(Entry::user).findFirst().orElseThrow();
    }

    private void runCase(Random random, Path repo, String label) throws IOException {
        MutableClock clock = new MutableClock(FIRST_APPLY.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60))));
        DstHandOffs rule = DstHandOffs.values()[random.nextInt(DstHandOffs.values().length)];
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        label += " (" + zone + ", " + rule.yamlName() + ")";
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000).withDstHandOffs(rule),
                SandboxAccount.seed(SandboxAccount.EXAMPLE_REPO.resolve("sandbox-seed.yaml")), clock, duration -> {
                });
        PagerDutyClient client = SandboxAccount.client(sandbox, 0);
        Reconciler reconciler = new Reconciler(client, clock);

        RandomRepo declared = RandomRepo.generate(random, repo, zone, rule);
        for (int draws = 1; !ConfigLoader.load(repo).isValid(); draws++) { // a roster nobody can staff: draw another
            assertThat(draws).as(label + ": a valid roster within 50 draws; the last: "
                    + ConfigLoader.load(repo).violations()).isLessThan(50);
            declared = RandomRepo.generate(random, repo, zone, rule);
        }
        check(reconciler, client, clock, repo, label + " first apply");
        for (int edit = 0; edit < 2; edit++) {
            clock.advance(Duration.ofMinutes(60 + random.nextInt(10 * 24 * 60)));
            String what = declared.edit(random);
            while (!ConfigLoader.load(repo).isValid()) { // an edit that leaves a day unstaffed is refused: draw another
                declared.undo();
                what = declared.edit(random);
            }
            check(reconciler, client, clock, repo, label + " after " + what);
        }
    }

    private static void check(Reconciler reconciler, PagerDutyClient client, MutableClock clock, Path repo, String label) {
        LoadResult loaded = ConfigLoader.load(repo);
        assertThat(loaded.violations()).as(label).isEmpty();
        DesiredState desired = loaded.state();
        Reconciler.Planned planned = reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
        assertThat(reconciler.apply(planned, ApplyListener.NONE).succeeded()).as(label).isTrue();

        Reconciler.Planned settled = reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
        assertThat(settled.plan().hasChanges()).as(label + ": plan after apply").isFalse();
        TimeRange eightWeeks = new TimeRange(clock.instant(), clock.instant().plus(Duration.ofDays(56)));
        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        for (Schedule schedule : settled.desired().schedules()) {
            List<Entry> preview = SchedulePreview.of(schedule, eightWeeks, desired.settings().dstHandOffs()).shifts();
            List<Entry> pagerDuty = finalSchedule(client, emails, schedule.name(), eightWeeks);
            assertThat(pagerDuty).as(label + ": " + schedule.name()).isNotEmpty().isEqualTo(preview);
            for (Roster roster : desired.rosters()) {
                assertThat(DayOffShifts.of(roster, pagerDuty)).as(label + ": day-off shifts").isEmpty();
            }
        }
    }

    private static List<Entry> finalSchedule(PagerDutyClient client, Map<String, String> emails, String name, TimeRange range) {
        String id = client.schedules().findByName(name).get(0).id();
        return client.schedules().get(id, RenderWindow.of(OffsetDateTime.ofInstant(range.start(), ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(range.end(), ZoneOffset.UTC)))
                .finalSchedule().renderedScheduleEntries().stream()
                .map(entry -> new Entry(emails.get(entry.user().id()), entry.start().toInstant(), entry.end().toInstant()))
                .toList();
    }

    /** A repository of one roster and one plain schedule, written as YAML, that edits itself. */
    private static final class RandomRepo {

        private final Path repo;
        private final String zone;
        private final DstHandOffs rule;
        private final List<String> members = new ArrayList<>();
        private final List<List<String>> daysOff = new ArrayList<>();
        private boolean dayAndNight;
        private int shiftShiftMinutes;
        private final List<String> rotation = new ArrayList<>();
        private String turn;

        private RandomRepo(Path repo, String zone, DstHandOffs rule) {
            this.repo = repo;
            this.zone = zone;
            this.rule = rule;
        }

        static RandomRepo generate(Random random, Path repo, String zone, DstHandOffs rule) throws IOException {
            RandomRepo declared = new RandomRepo(repo, zone, rule);
            List<String> people = new ArrayList<>(PEOPLE);
            Collections.shuffle(people, random);
            int size = 5 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                declared.members.add(people.get(i));
                declared.daysOff.add(twoDays(random));
            }
            declared.dayAndNight = random.nextBoolean();
            declared.rotation.addAll(people.subList(size, size + 2 + random.nextInt(2)));
            declared.turn = List.of("1d", "7d", "12h").get(random.nextInt(3));
            declared.write();
            return declared;
        }

        private List<Object> before = List.of();

        /** One random edit, written; says what it was. */
        String edit(Random random) throws IOException {
            before = List.of(List.copyOf(members), List.copyOf(daysOff), shiftShiftMinutes, List.copyOf(rotation));
            String what;
            int member = random.nextInt(members.size());
            switch (random.nextInt(6)) {
                case 0 -> {
                    daysOff.set(member, twoDays(random));
                    what = "days off of " + members.get(member) + " changed";
                }
                case 1 -> {
                    List<String> spare = PEOPLE.stream().filter(p -> !members.contains(p) && !rotation.contains(p)).toList();
                    members.add(spare.get(0));
                    daysOff.add(twoDays(random));
                    what = spare.get(0) + " joined the roster";
                }
                case 2 -> {
                    what = members.remove(member) + " left the roster";
                    daysOff.remove(member);
                }
                case 3 -> {
                    Collections.rotate(members, 1);
                    Collections.rotate(daysOff, 1);
                    what = "roster members reordered";
                }
                case 4 -> {
                    shiftShiftMinutes = List.of(-60, -30, 30, 90).get(random.nextInt(4));
                    what = "shift times moved by " + shiftShiftMinutes + " min";
                }
                default -> {
                    if (rotation.size() > 2 && random.nextBoolean()) {
                        what = rotation.remove(random.nextInt(rotation.size())) + " left the rotation";
                    } else {
                        Collections.reverse(rotation);
                        what = "rotation reordered";
                    }
                }
            }
            write();
            return what;
        }

        /** Back to the state before the last edit (not written: the next edit writes). */
        @SuppressWarnings("unchecked")
        void undo() {
            members.clear();
            members.addAll((List<String>) before.get(0));
            daysOff.clear();
            daysOff.addAll((List<List<String>>) before.get(1));
            shiftShiftMinutes = (Integer) before.get(2);
            rotation.clear();
            rotation.addAll((List<String>) before.get(3));
        }

        private static List<String> twoDays(Random random) {
            int first = random.nextInt(7);
            return List.of(DAYS.get(first), DAYS.get((first + 1 + random.nextInt(6)) % 7));
        }

        private void write() throws IOException {
            write(LocalDate.of(2026, 10, 5), OffsetDateTime.parse("2026-10-05T10:00:00+09:00"));
        }

        private void write(LocalDate rosterStart, OffsetDateTime layerStart) throws IOException {
            Files.writeString(repo.resolve("pd-gitops.yaml"),
                    "sync: {prune: false}\nschedules: {dst_hand_offs: " + rule.yamlName() + "}\n");
            StringBuilder roster = new StringBuilder("""
                    kind: Roster
                    name: Random Roster
                    time_zone: %s
                    start: "%s"
                    rotation: daily
                    shifts:
                    """.formatted(zone, rosterStart));
            String dayStart = clock(9 * 60 + shiftShiftMinutes);
            if (dayAndNight) {
                String nightStart = clock(21 * 60 + shiftShiftMinutes);
                roster.append("  - {name: Day, start: \"").append(dayStart).append("\", end: \"").append(nightStart).append("\"}\n");
                roster.append("  - {name: Night, start: \"").append(nightStart).append("\", end: \"").append(dayStart).append("\"}\n");
            } else {
                roster.append("  - {name: Full day, start: \"").append(dayStart).append("\", end: \"").append(dayStart).append("\"}\n");
            }
            roster.append("members:\n");
            for (int i = 0; i < members.size(); i++) {
                roster.append("  - {user: ").append(members.get(i)).append("@example.com, days_off: [")
                        .append(String.join(", ", daysOff.get(i))).append("]}\n");
            }
            Files.writeString(repo.resolve("roster.yaml"), roster.toString());
            Files.writeString(repo.resolve("schedule.yaml"), """
                    kind: Schedule
                    name: Random Rotation
                    time_zone: %s
                    layers:
                      - name: Rotation
                        start: %s
                        rotation_turn_length: %s
                        users: [%s]
                    """.formatted(zone, layerStart, turn, rotation.stream().map(user -> user + "@example.com").collect(Collectors.joining(", "))));
        }

        private static String clock(int minutes) {
            return String.format("%02d:%02d", Math.floorMod(minutes, 24 * 60) / 60, Math.floorMod(minutes, 24 * 60) % 60);
        }
    }
}
