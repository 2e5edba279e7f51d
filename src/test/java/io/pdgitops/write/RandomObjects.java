package io.pdgitops.write;

import io.pdgitops.diff.RandomEventRules;
import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.Origin;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.ScheduledAction;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Valid, mutually consistent objects in the loader's canonical form (what {@code ConfigLoader}
 * returns), with names chosen to trip up a careless YAML writer.
 */
final class RandomObjects {

    static final Origin NOWHERE = Origin.at(SourceLocation.startOf("-"));

    /** Texts that YAML reads as something else, or that need quoting, escaping or care with indicators. */
    private static final List<String> AWKWARD = List.of(
            "yes", "No", "on", "null", "~", "true", "123", "-7", "0x1F", "0o17", "1e3", ".inf", ".nan", "12:30",
            "a: b", "x #y", "#start", "- dash", "? question", "@at", "`tick", "[list]", "{map}", "a, b", "&anchor",
            "*alias", "!tag", "%percent", "|pipe", ">folded", "'single'", "\"double\"", "back\\slash",
            "trailing:", "tab\there", "日本語 サービス", "Ops: Tokyo / 東京", "ends with space ", " leading space",
            "line\nbreak", "caf\u00e9", "emoji \ud83d\udea8", "2026-01-05", "=", "<<");

    private final Random random;
    /** Event rules and alert grouping draw from their own sequence, so the other objects of a seed stay the same. */
    private final RandomEventRules eventRules;

    RandomObjects(long seed) {
        this.random = new Random(seed);
        this.eventRules = new RandomEventRules(seed);
    }

    /** The first of a kind may be an awkward text alone; later ones get their index to stay unique. */
    String name(String base, int index) {
        if (index == 0 && random.nextBoolean()) {
            return AWKWARD.get(random.nextInt(AWKWARD.size())).strip();
        }
        return random.nextInt(3) == 0 ? AWKWARD.get(random.nextInt(AWKWARD.size())) + " " + index : base + " " + index;
    }

    Optional<String> description() {
        return maybe(() -> random.nextBoolean() ? AWKWARD.get(random.nextInt(AWKWARD.size())) : "Handles " + random.nextInt(1000));
    }

    Team team(String name, List<String> earlierTeams) {
        Optional<String> parent = earlierTeams.isEmpty() || random.nextBoolean()
                ? Optional.empty()
                : Optional.of(earlierTeams.get(random.nextInt(earlierTeams.size())));
        Optional<List<TeamMember>> members = maybe(() -> listOf(0, 3, index -> new TeamMember("member" + index + "@example.com",
                maybe(() -> pick("observer", "responder", "manager")))));
        return new Team(name, description(), parent, members, NOWHERE);
    }

    Schedule schedule(String name, List<String> teams) {
        ZoneId zone = ZoneId.of(pick("Asia/Tokyo", "UTC", "Europe/Berlin", "America/New_York"));
        List<ScheduleLayer> layers = listOf(1, 3, index -> layer(zone, index));
        return new Schedule(name, description(), zone, optionalTeam(teams), layers, NOWHERE);
    }

    private ScheduleLayer layer(ZoneId zone, int index) {
        ZoneOffset offset = zone.getRules().getOffset(OffsetDateTime.parse("2026-01-05T00:00:00Z").toInstant());
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(4) * 15, random.nextInt(10) == 0 ? 30 : 0, 0, offset);
        // A layer's start may have seconds (PagerDuty rewrites it); its virtual start and end may not.
        OffsetDateTime virtualStart = (random.nextBoolean() ? start : start.minusDays(random.nextInt(30))).withSecond(0);
        Optional<OffsetDateTime> end = maybe(() -> start.plusDays(1 + random.nextInt(300)).withSecond(0));
        Duration turn = Duration.ofHours(pick(1, 8, 12, 24, 24 * 7, 36, 25));
        List<String> users = listOf(1, 4, user -> "user" + random.nextInt(5) + "@example.com");
        List<LayerRestriction> restrictions = listOf(0, 2, restriction -> restriction());
        return new ScheduleLayer(maybe(() -> "Layer " + (index + 1)), start, end, virtualStart, turn, users, restrictions);
    }

    private LayerRestriction restriction() {
        LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15, random.nextInt(8) == 0 ? 30 : 0);
        if (random.nextBoolean()) {
            return new LayerRestriction(LayerRestriction.Type.DAILY, Optional.empty(), time,
                    Duration.ofMinutes(30 + random.nextInt(20) * 60L));
        }
        return new LayerRestriction(LayerRestriction.Type.WEEKLY, Optional.of(DayOfWeek.of(1 + random.nextInt(7))), time,
                Duration.ofHours(1 + random.nextInt(100)).plusMinutes(random.nextInt(2) * 30L));
    }

    EscalationPolicy policy(String name, List<String> teams, List<String> schedules) {
        List<EscalationRule> rules = listOf(1, 3, index -> new EscalationRule(
                Duration.ofMinutes(1 + random.nextInt(120)),
                listOf(1, 4, target -> schedules.isEmpty() || random.nextBoolean()
                        ? Target.user("lead" + target + "@example.com")
                        : Target.schedule(schedules.get(random.nextInt(schedules.size()))))));
        return new EscalationPolicy(name, description(), maybe(() -> random.nextInt(10)),
                maybe(() -> pick("if_has_services", "always")), optionalTeam(teams), rules, NOWHERE);
    }

    Service service(String name, String policy, int index) {
        boolean supportHours = random.nextBoolean();
        Optional<UrgencyRule> urgency = maybe(() -> supportHours && random.nextBoolean()
                ? new UrgencyRule("use_support_hours", Optional.empty(),
                        Optional.of(UrgencyRule.constant(pick("high", "low", "severity_based"))),
                        Optional.of(UrgencyRule.constant(pick("high", "low", "severity_based"))))
                : UrgencyRule.constant(pick("high", "low", "severity_based")));
        Optional<SupportHours> hours = supportHours
                ? Optional.of(new SupportHours(ZoneId.of("Asia/Tokyo"), List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0), LocalTime.of(17 + random.nextInt(3), 30)))
                : Optional.empty();
        return new Service(name, description(), policy, maybe(this::timeout), maybe(this::timeout),
                maybe(() -> pick("active", "maintenance", "disabled")), urgency, hours,
                supportHours ? maybe(() -> List.of(new ScheduledAction(pick("support_hours_start", "support_hours_end"))))
                        : Optional.empty(),
                maybe(() -> new AutoPauseNotifications(maybe(random::nextBoolean), maybe(() -> pick(0, 120, 300, 900)))),
                maybe(() -> listOf(0, 3, integration -> integration(index, integration))),
                eventRules.grouping(), eventRules.rules(), NOWHERE);
    }

    private Timeout timeout() {
        return random.nextInt(4) == 0 ? Timeout.disabled() : Timeout.after(Duration.ofMinutes(1 + random.nextInt(600)));
    }

    private Integration integration(int service, int index) {
        String name = index + " " + name("Integration", service);
        IntegrationType type = pick(IntegrationType.NAGIOS, IntegrationType.EVENTS_API_V2, IntegrationType.EVENTS_API_V1,
                IntegrationType.EMAIL, IntegrationType.VENDOR);
        if (type == IntegrationType.VENDOR) {
            return new Integration(name, type, Optional.of(pick("Datadog", "Nagios XI")), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
        }
        if (type != IntegrationType.EMAIL) {
            return new Integration(name, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "");
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("subject_mode", "match");
        filter.put("subject_regex", pick("^PROBLEM", "[CRIT] a: b # c", "yes"));
        filter.put("body_mode", "always");
        filter.put("from_email_regex", null);
        return new Integration(name, type, Optional.empty(), Optional.of("svc" + service + "x" + index + "@acme.pagerduty.com"),
                maybe(() -> pick("on_new_email", "use_rules")), maybe(() -> pick("all-email", "or-rules-email")),
                maybe(() -> List.of(filter)), Optional.empty(), maybe(() -> pick("open_new_incident", "discard")), "");
    }

    private Optional<List<String>> optionalTeam(List<String> teams) {
        return teams.isEmpty() || random.nextBoolean() ? Optional.empty() : Optional.of(List.of(teams.get(random.nextInt(teams.size()))));
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> List<T> listOf(int min, int max, java.util.function.IntFunction<T> item) {
        int size = min + random.nextInt(max - min + 1);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(item.apply(i));
        }
        return items;
    }
}
