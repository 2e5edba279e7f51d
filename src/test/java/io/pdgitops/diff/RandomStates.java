package io.pdgitops.diff;

import io.pdgitops.model.AutoPauseNotifications;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.Integration;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.LayerRestriction;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.SupportHours;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.TeamMember;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.UrgencyRule;
import io.pdgitops.model.User;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.WindowTiming;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Seeded random desired states whose references all resolve, and their exact copy as live state. */
public final class RandomStates {

    public static final List<String> USERS = List.of("a@example.com", "b@example.com", "c@example.com", "d@example.com");
    private static final Origin ORIGIN = Origin.at(SourceLocation.startOf("random.yaml"));

    private static final List<String> LABELS = List.of("acme", "globex", "tier-1", "tier-2");

    private final Random random;
    /** Tags draw from their own sequence, so the other fields of a seed stay what they were before tags. */
    private final Random tagRandom;
    /** Maintenance windows likewise. */
    private final Random windowRandom;
    /** Business services too, for the same reason. */
    private final Random businessRandom;
    /** Event rules and alert grouping too. */
    private final RandomEventRules eventRules;
    /** Webhook subscriptions too. */
    private final Random webhookRandom;
    /** User documents too. */
    private final Random userRandom;
    /** And their tags, drawn after the rest of the documents were. */
    private final Random userTagRandom;
    private final String prefix;

    /** @param prefix starts every name, so two generated states never share one */
    public RandomStates(long seed, String prefix) {
        this.random = new Random(seed);
        this.tagRandom = new Random(~seed);
        this.windowRandom = new Random(seed * 31 + 17);
        this.businessRandom = new Random(seed * 31 + 29);
        this.eventRules = new RandomEventRules(seed);
        this.webhookRandom = new Random(seed * 31 + 41);
        this.userRandom = new Random(seed * 31 + 37);
        this.userTagRandom = new Random(seed * 31 + 43);
        this.prefix = prefix;
    }

    public DesiredState desired() {
        List<Team> teams = new ArrayList<>();
        int teamCount = random.nextInt(4);
        for (int i = 0; i < teamCount; i++) {
            Optional<String> parent = i > 0 && random.nextBoolean() ? Optional.of(teams.get(random.nextInt(i)).name()) : Optional.empty();
            String description = "team " + i;
            teams.add(new Team(prefix + "Team " + i, maybe(() -> description), parent, maybe(this::members), tags(),
                    ORIGIN));
        }
        Collections.shuffle(teams, random);
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            schedules.add(new Schedule(prefix + "Schedule " + i, maybe(() -> "rota"), ZoneId.of("Asia/Tokyo"),
                    teams.isEmpty() ? Optional.empty() : maybe(() -> List.of(pick(teams).name())),
                    list(1, 3, this::layer), ORIGIN));
        }
        List<EscalationPolicy> policies = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            policies.add(new EscalationPolicy(prefix + "Policy " + i, maybe(() -> "policy"), maybe(() -> random.nextInt(3)),
                    maybe(() -> "always"), teams.isEmpty() ? Optional.empty() : maybe(() -> List.of(pick(teams).name())),
                    list(1, 3, () -> rule(schedules)), tags(), ORIGIN));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < random.nextInt(5); i++) {
            services.add(service(prefix + "Service " + i, pick(policies).name()));
        }
        return new DesiredState(RepoSettings.defaults(), teams, schedules, policies, services, 1, List.of(), List.of(),
                businessServices(teams, services), webhookSubscriptions(teams, services));
    }

    /**
     * Up to two, filtering on a service, a team or the account, active or not or unmanaged, and custom headers absent,
     * none, or one whose value comes from {@code PATH} (a variable every test process has).
     */
    private List<WebhookSubscription> webhookSubscriptions(List<Team> teams, List<Service> services) {
        List<WebhookSubscription> subscriptions = new ArrayList<>();
        List<String> events = List.of("incident.triggered", "incident.resolved", "incident.acknowledged");
        for (int i = 0; i < webhookRandom.nextInt(3); i++) {
            int scope = webhookRandom.nextInt(3);
            WebhookFilter filter = scope == 0 && !services.isEmpty()
                    ? WebhookFilter.service(services.get(webhookRandom.nextInt(services.size())).name())
                    : scope == 1 && !teams.isEmpty() ? WebhookFilter.team(teams.get(webhookRandom.nextInt(teams.size())).name())
                    : WebhookFilter.account();
            List<String> chosen = events.stream().filter(event -> webhookRandom.nextBoolean()).toList();
            int headers = webhookRandom.nextInt(3);
            subscriptions.add(new WebhookSubscription(prefix + "Webhook " + i, "https://hooks.example/" + i,
                    chosen.isEmpty() ? List.of(events.get(0)) : chosen, filter,
                    webhookRandom.nextBoolean() ? Optional.of(webhookRandom.nextBoolean()) : Optional.empty(),
                    headers == 0 ? Optional.empty()
                            : Optional.of(headers == 1 ? List.of() : List.of(new CustomHeader("X-Trace", "PATH"))),
                    ORIGIN));
        }
        return subscriptions;
    }

    /** Up to two, each with or without a team, and supporting services absent, none, or a few distinct ones. */
    private List<BusinessService> businessServices(List<Team> teams, List<Service> services) {
        List<BusinessService> business = new ArrayList<>();
        for (int i = 0; i < businessRandom.nextInt(3); i++) {
            Optional<String> team = !teams.isEmpty() && businessRandom.nextBoolean()
                    ? Optional.of(teams.get(businessRandom.nextInt(teams.size())).name()) : Optional.empty();
            int choice = businessRandom.nextInt(3);
            Optional<List<String>> supportedBy = choice == 0 ? Optional.empty() : Optional.of(services.stream()
                    .filter(service -> choice == 2 && businessRandom.nextBoolean()).map(Service::name).toList());
            business.add(new BusinessService(prefix + "Business " + i,
                    businessRandom.nextBoolean() ? Optional.of("business") : Optional.empty(),
                    businessRandom.nextBoolean() ? Optional.of("desk " + i) : Optional.empty(), team, supportedBy, ORIGIN));
        }
        return business;
    }

    /**
     * As {@link #desired()}, plus up to two maintenance windows on its services: weekly rules (some with a week running
     * at any moment) and one-off windows far in the future or long ended. They draw from their own sequence, so the
     * rest of a seed's state is that of {@link #desired()}.
     */
    public DesiredState desiredWithWindows() {
        DesiredState state = desired();
        List<MaintenanceWindow> windows = new ArrayList<>();
        List<String> services = state.services().stream().map(Service::name).toList();
        for (int i = 0; !services.isEmpty() && i < windowRandom.nextInt(3); i++) {
            List<String> named = services.stream().filter(name -> windowRandom.nextBoolean()).toList();
            windows.add(new MaintenanceWindow(prefix + "Window " + i, named.isEmpty() ? List.of(services.get(0)) : named,
                    windowRandom.nextBoolean() ? weekly() : once(), ORIGIN));
        }
        List<User> users = users();
        List<Team> teams = state.teams().stream().map(team -> withoutTagsOnDocument(team, users)).toList();
        return new DesiredState(state.settings().withManageUsers(!users.isEmpty()), teams, state.schedules(),
                state.escalationPolicies(), state.services(), state.fileCount(), state.rosters(), windows,
                state.businessServices(), state.webhookSubscriptions(), users);
    }

    /**
     * User documents for some of {@link #USERS}: each list absent, empty or a few items, rules naming declared
     * contact methods only, and sometimes the login email among the methods under a label of its own.
     */
    private List<User> users() {
        List<User> users = new ArrayList<>();
        for (String email : USERS) {
            if (userRandom.nextInt(3) != 0) {
                continue;
            }
            List<ContactMethod> methods = new ArrayList<>();
            if (userRandom.nextBoolean()) {
                methods.add(new ContactMethod("Work mail", ContactType.EMAIL, email));
            }
            if (userRandom.nextBoolean()) {
                methods.add(new ContactMethod("Work phone", ContactType.PHONE, "+81 3-1234-56" + userRandom.nextInt(10) + "0"));
            }
            if (userRandom.nextBoolean()) {
                methods.add(new ContactMethod("Mobile", ContactType.SMS, "+44 7700 900" + (100 + userRandom.nextInt(900))));
            }
            Optional<List<ContactMethod>> declared = userRandom.nextInt(4) == 0 ? Optional.empty() : Optional.of(methods);
            List<String> labels = declared.orElse(List.of()).stream().map(ContactMethod::label).toList();
            Optional<List<NotificationRule>> rules = labels.isEmpty() || userRandom.nextBoolean() ? Optional.empty()
                    : Optional.of(indices(userRandom.nextInt(3)).stream()
                            .map(i -> new NotificationRule(userRandom.nextBoolean() ? "high" : "low",
                                    Duration.ofMinutes(userRandom.nextInt(3) * 5L), labels.get(userRandom.nextInt(labels.size()))))
                            .distinct().toList());
            Optional<List<HandoffRule>> handoffs = labels.isEmpty() || userRandom.nextBoolean() ? Optional.empty()
                    : Optional.of(indices(userRandom.nextInt(2)).stream()
                            .map(i -> new HandoffRule(HandoffWhen.values()[userRandom.nextInt(3)],
                                    Duration.ofMinutes(userRandom.nextInt(2) * 30L), labels.get(userRandom.nextInt(labels.size()))))
                            .toList());
            users.add(new User(email, declared, rules, handoffs, userTags(email), ORIGIN));
        }
        return users;
    }

    /** Absent, or the user's membership tag with sometimes one more label: a user's tags depend on the user alone. */
    private Optional<List<String>> userTags(String email) {
        int choice = userTagRandom.nextInt(3);
        List<String> labels = new ArrayList<>(List.of("user-" + email.charAt(0)));
        if (choice == 2) {
            labels.add("shift-leader");
        }
        return choice == 0 ? Optional.empty() : Optional.of(labels);
    }

    /** A user whose User document declares tags has none on its memberships, as validation wants. */
    private static Team withoutTagsOnDocument(Team team, List<User> users) {
        Set<String> onDocument = users.stream().filter(user -> user.tags().isPresent()).map(User::email)
                .collect(Collectors.toSet());
        return new Team(team.name(), team.description(), team.parent(), team.members().map(members -> members.stream()
                .map(member -> onDocument.contains(member.user())
                        ? new TeamMember(member.user(), member.role(), Optional.empty()) : member)
                .toList()), team.tags(), team.origin());
    }

    private static List<Integer> indices(int count) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(i);
        }
        return items;
    }

    private WindowTiming weekly() {
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (windowRandom.nextInt(3) == 0) {
                days.add(day);
            }
        }
        // Under a day, so that no day's window reaches the next day's start.
        return new WindowTiming.Weekly(days.isEmpty() ? List.of(DayOfWeek.TUESDAY) : days,
                LocalTime.of(windowRandom.nextInt(24), 30 * windowRandom.nextInt(2)),
                Duration.ofMinutes(30 + 30L * windowRandom.nextInt(40)), ZoneId.of("Asia/Tokyo"), 1 + windowRandom.nextInt(3));
    }

    private WindowTiming once() {
        OffsetDateTime start = OffsetDateTime.of(windowRandom.nextBoolean() ? 2035 : 2020, 1 + windowRandom.nextInt(12),
                1 + windowRandom.nextInt(28), windowRandom.nextInt(24), 0, 0, 0, ZoneOffset.ofHours(9));
        return new WindowTiming.Once(start, start.plusHours(1 + windowRandom.nextInt(12)));
    }

    /** PagerDuty holding exactly what {@code state} declares, with made-up ids. */
    public static LiveState asLive(DesiredState state) {
        Map<String, List<LiveIntegration>> integrations = new HashMap<>();
        List<LiveObject<Service>> services = withIds(state.services(), "PS");
        for (LiveObject<Service> service : services) {
            List<LiveIntegration> live = new ArrayList<>();
            for (Integration integration : service.object().integrations().orElse(List.of())) {
                live.add(new LiveIntegration(service.id() + "-" + integration.name(), integration, Optional.of("secret-key")));
            }
            integrations.put(service.id(), live);
        }
        Map<String, String> names = new HashMap<>();
        USERS.forEach(email -> names.put(email, "User " + email.charAt(0)));
        return new LiveState(withIds(state.teams(), "PT"), withIds(state.schedules(), "PSC"),
                withIds(state.escalationPolicies(), "PE"), services, integrations, new UserDirectory(names), List.of(),
                withIds(state.businessServices(), "PB"), withIds(state.webhookSubscriptions(), "PW"));
    }

    public static <T extends DeclaredObject> List<LiveObject<T>> withIds(List<T> objects, String idPrefix) {
        List<LiveObject<T>> live = new ArrayList<>();
        for (T object : objects) {
            live.add(new LiveObject<>(idPrefix + "-" + object.name(), object));
        }
        return live;
    }

    private List<TeamMember> members() {
        return list(0, 3, () -> new TeamMember(pick(USERS), maybe(() -> pick(List.of("observer", "responder", "manager")))))
                .stream().map(this::withUserTags).collect(java.util.stream.Collectors.toMap(TeamMember::user, m -> m, (a, b) -> a))
                .values().stream().toList();
    }

    /** Absent, empty, or distinct labels, some in upper case: PagerDuty matches labels without case. */
    private Optional<List<String>> tags() {
        int choice = tagRandom.nextInt(3);
        if (choice == 0) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        for (String label : LABELS) {
            if (choice == 2 && tagRandom.nextBoolean()) {
                labels.add(tagRandom.nextBoolean() ? label : label.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return Optional.of(labels);
    }

    /** A user has one set of tags, so it depends on the user alone; whether a membership declares it is random. */
    private TeamMember withUserTags(TeamMember member) {
        Optional<List<String>> tags = tagRandom.nextBoolean()
                ? Optional.of(List.of("user-" + member.user().charAt(0)))
                : Optional.empty();
        return new TeamMember(member.user(), member.role(), tags);
    }

    private ScheduleLayer layer() {
        OffsetDateTime start = OffsetDateTime.of(2025 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), 0, 0, 0, ZoneOffset.ofHours(9));
        Optional<OffsetDateTime> end = random.nextInt(4) == 0 ? Optional.of(start.plusYears(3)) : Optional.empty();
        return new ScheduleLayer(maybe(() -> "layer"), start, end, start.minusDays(random.nextInt(3)),
                Duration.ofHours(1 + random.nextInt(200)), list(1, 4, () -> pick(USERS)), list(0, 2, this::restriction));
    }

    private LayerRestriction restriction() {
        boolean weekly = random.nextBoolean();
        return new LayerRestriction(weekly ? LayerRestriction.Type.WEEKLY : LayerRestriction.Type.DAILY,
                weekly ? Optional.of(DayOfWeek.of(1 + random.nextInt(7))) : Optional.empty(),
                LocalTime.of(random.nextInt(24), 0), Duration.ofHours(1 + random.nextInt(12)));
    }

    private EscalationRule rule(List<Schedule> schedules) {
        return new EscalationRule(Duration.ofMinutes(5 + random.nextInt(60)), list(1, 4, () ->
                !schedules.isEmpty() && random.nextBoolean() ? Target.schedule(pick(schedules).name()) : Target.user(pick(USERS))));
    }

    private Service service(String name, String policy) {
        return new Service(name, maybe(() -> "svc"), policy,
                maybe(() -> random.nextBoolean() ? Timeout.disabled() : Timeout.after(Duration.ofMinutes(random.nextInt(300)))),
                maybe(() -> Timeout.after(Duration.ofMinutes(30))),
                maybe(() -> "active"),
                maybe(() -> UrgencyRule.constant(pick(List.of("low", "high")))),
                maybe(() -> new SupportHours(ZoneId.of("UTC"), List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0), LocalTime.of(17, 0))),
                Optional.empty(),
                maybe(() -> new AutoPauseNotifications(Optional.of(true), Optional.of(300))),
                maybe(() -> integrations()),
                eventRules.grouping(),
                eventRules.rules(),
                ORIGIN);
    }

    private List<Integration> integrations() {
        List<Integration> integrations = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            integrations.add(new Integration("Integration " + i, pick(List.of(IntegrationType.NAGIOS, IntegrationType.EVENTS_API_V2)),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), "/integrations/" + i));
        }
        return integrations;
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> List<T> list(int min, int max, Supplier<T> item) {
        List<T> items = new ArrayList<>();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            items.add(item.get());
        }
        return items;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
