package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyListener;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Roster;
import io.pdgitops.model.RosterMember;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.service.ConfigRepoServer;
import io.pdgitops.schedule.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example repository's roster is applied, then every member's days off move one day later, one member per
 * apply, each at another time of day. After each apply PagerDuty (the sandbox's rendered {@code final_schedule})
 * puts nobody on a shift of a day off over the next four weeks, and the next plan is empty. An edit that lands
 * during a shift leaves its holder on call until the shift ends.
 */
class RosterEditInSandboxTest {

    private static final Path ROSTER_FILE = Path.of("schedules", "tokyo.yaml");
    private static final Pattern DAYS_OFF = Pattern.compile("days_off: \\[(\\w+), (\\w+)]");

    @TempDir
    Path repo;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000),
            SandboxAccount.seed(SandboxAccount.EXAMPLE_REPO.resolve("sandbox-seed.yaml")), clock, duration -> {
            });
    private final PagerDutyClient client = SandboxAccount.client(sandbox, 0);
    private final Reconciler reconciler = new Reconciler(client, clock);

    @Test
    void movingEachMembersDaysOffNeverPutsAnyoneOnADayOffAndConverges() throws IOException {
        ConfigRepoServer.copyTree(SandboxAccount.EXAMPLE_REPO, repo);
        Roster roster = apply().rosters().get(0);
        assertThat(dayOffShifts(roster)).isEmpty();

        for (int member = 0; member < roster.members().size(); member++) {
            clock.advance(Duration.ofHours(29 + 5L * member));
            String user = roster.members().get(member).user();
            moveDaysOff(user);
            DesiredState desired = apply();
            Roster edited = desired.rosters().get(0);
            assertThat(memberNamed(edited, user).daysOff()).isNotEqualTo(memberNamed(roster, user).daysOff());

            assertThat(dayOffShifts(edited)).as("after moving the days off of %s", user).isEmpty();
            assertThat(plan(desired).plan().hasChanges()).as("plan after moving the days off of %s", user).isFalse();
            roster = edited;
        }
    }

    @Test
    void whoeverIsOnShiftWhenAnEditLandsStaysOnUntilTheShiftEnds() throws IOException {
        ConfigRepoServer.copyTree(SandboxAccount.EXAMPLE_REPO, repo);
        Roster roster = apply().rosters().get(0);
        clock.advance(Duration.ofHours(5)); // 14:00 in Tokyo: the day shift (09:00-21:00) is in progress
        Instant lastMinute = clock.instant().plus(Duration.ofHours(7)).minus(Duration.ofMinutes(1));
        String onShift = holderAt(roster.name(), clock.instant());
        String otherwise = holderAt(roster.name(), lastMinute);
        assertThat(onShift).as("the same person holds the whole day shift").isEqualTo(otherwise);

        String other = roster.members().stream().map(RosterMember::user).filter(user -> !user.equals(onShift))
                .findFirst().orElseThrow();
        moveDaysOff(other);
        DesiredState desired = apply();

        List<String> layers = client.schedules().get(client.schedules().findByName(roster.name()).get(0).id(),
                        RenderWindow.of(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusMinutes(1)))
                .layers().stream().map(layer -> layer.name()).toList();
        assertThat(layers).as("the day shift's old assignment is kept until it ends").contains("Day shift (handing over)");
        assertThat(holderAt(roster.name(), clock.instant())).isEqualTo(onShift);
        assertThat(holderAt(roster.name(), lastMinute)).isEqualTo(onShift);
        assertThat(dayOffShifts(desired.rosters().get(0))).isEmpty();
        assertThat(plan(desired).plan().hasChanges()).as("plan right after the edit").isFalse();
        clock.advance(Duration.ofHours(8));
        assertThat(plan(desired).plan().hasChanges()).as("plan after the hand-over").isFalse();
    }

    /**
     * A whole-day shift has no restrictions, so moving it shows only in its rotation's anchor. Its holder cannot finish
     * the old shift: the old shift's last hour would be the first hour of the next day's shift, whose holder may be
     * someone else and the old holder may be off that day. The new times take effect at once, with no kept layer.
     */
    @Test
    void movingAWholeDayShiftTakesEffectAtOnce() throws IOException {
        ConfigRepoServer.copyTree(SandboxAccount.EXAMPLE_REPO, repo);
        Path file = repo.resolve(ROSTER_FILE);
        String wholeDay = Files.readString(file)
                .replaceAll("(?m)^  - \\{name: Night shift.*\\n", "")
                .replace("{name: Day shift, start: \"09:00\", end: \"21:00\"}", "{name: Full day, start: \"09:00\", end: \"09:00\"}")
                .replaceAll(", shift: \\w+ shift", "");
        Files.writeString(file, wholeDay);
        apply();
        clock.advance(Duration.ofHours(9)); // 18:00 in Tokyo: a full day that started at 09:00 is in progress

        Files.writeString(file, wholeDay.replace("start: \"09:00\", end: \"09:00\"", "start: \"08:00\", end: \"08:00\""));
        DesiredState desired = apply();
        Roster roster = desired.rosters().get(0);
        assertThat(roster.shifts()).extracting(shift -> shift.start().toString()).containsExactly("08:00");

        List<Entry> entries = finalEntries(roster.name(), Duration.ofDays(14));
        assertThat(entries.stream().skip(1).map(entry -> entry.start().atZone(roster.timeZone()).toLocalTime().toString()))
                .as("every later turn starts at the new time").isNotEmpty().containsOnly("08:00");
        assertThat(scheduleLayerNames(roster.name())).noneMatch(name -> name.endsWith("(handing over)"));
        assertThat(DayOffShifts.of(roster, entries)).isEmpty();
        assertThat(plan(desired).plan().hasChanges()).as("plan right after the edit").isFalse();
    }

    private List<String> scheduleLayerNames(String schedule) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return client.schedules().get(client.schedules().findByName(schedule).get(0).id(), RenderWindow.of(now, now.plusMinutes(1)))
                .layers().stream().map(layer -> layer.name()).toList();
    }

    private String holderAt(String schedule, Instant at) {
        OffsetDateTime instant = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        String id = client.schedules().findByName(schedule).get(0).id();
        return emails.get(client.schedules().get(id, RenderWindow.of(instant, instant.plusMinutes(1)))
                .finalSchedule().renderedScheduleEntries().get(0).user().id());
    }

    private List<String> dayOffShifts(Roster roster) {
        List<Entry> entries = finalEntries(roster.name(), Duration.ofDays(28));
        assertThat(entries).isNotEmpty();
        return DayOffShifts.of(roster, entries);
    }

    /** PagerDuty's rendered final schedule from now on, with users as emails. */
    private List<Entry> finalEntries(String schedule, Duration length) {
        OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = client.schedules().findByName(schedule).get(0).id();
        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        return client.schedules().get(id, RenderWindow.of(since, since.plus(length)))
                .finalSchedule().renderedScheduleEntries().stream()
                .map(entry -> new Entry(emails.get(entry.user().id()), entry.start().toInstant(), entry.end().toInstant()))
                .toList();
    }

    /** Moves each of the user's two days off to the next weekday: [sat, sun] becomes [sun, mon]. */
    private void moveDaysOff(String user) throws IOException {
        Path file = repo.resolve(ROSTER_FILE);
        List<String> lines = Files.readAllLines(file).stream().map(line -> {
            Matcher days = DAYS_OFF.matcher(line);
            if (!line.contains(user) || !days.find()) {
                return line;
            }
            return days.replaceFirst("days_off: [" + next(days.group(1)) + ", " + next(days.group(2)) + "]");
        }).toList();
        Files.write(file, lines);
    }

    private static String next(String day) {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (weekday.name().toLowerCase(Locale.ROOT).startsWith(day)) {
                return weekday.plus(1).name().substring(0, 3).toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalArgumentException(day);
    }

    private static RosterMember memberNamed(Roster roster, String user) {
        return roster.members().stream().filter(member -> member.user().equals(user)).findFirst().orElseThrow();
    }

    private DesiredState apply() {
        Reconciler.Planned planned = plan(SandboxAccount.load(repo));
        assertThat(reconciler.apply(planned, ApplyListener.NONE).succeeded()).isTrue();
        return planned.desired();
    }

    private Reconciler.Planned plan(DesiredState desired) {
        return reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
    }
}
