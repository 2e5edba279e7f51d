package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
import io.pdgitops.model.EventRule;
import io.pdgitops.model.EventRules;
import io.pdgitops.model.HandoffRule;
import io.pdgitops.model.HandoffWhen;
import io.pdgitops.model.MaintenanceOccurrences;
import io.pdgitops.model.MaintenanceWindow;
import io.pdgitops.model.NotificationRule;
import io.pdgitops.model.Origin;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.ScheduleLayer;
import io.pdgitops.model.Service;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.Target;
import io.pdgitops.model.Team;
import io.pdgitops.model.Timeout;
import io.pdgitops.model.User;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.model.WindowTiming;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import io.pdgitops.sandbox.Seed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A no-op plan reads each list 100 objects a call (the open maintenance windows too, when Git declares some), plus
 * the tags of each object declaring them, the supporting services of each business service declaring them, the
 * event orchestration and its active flag of each service declaring event rules, the
 * webhook subscriptions when Git declares some, the users once more with their contact methods and rules when User
 * documents are declared, and the hand-off rules of each user declaring them, and nothing else.
 */
class CallBudgetTest {

    static final int SERVICES = 1_000;
    static final int SERVICES_PER_POLICY = 5;
    static final int TEAMS = 10;
    static final Origin ORIGIN = Origin.at(SourceLocation.startOf("generated.yaml"));
    static final Seed USERS = new Seed(List.of(
            new Seed.User("Ann", "ann@example.com", "Asia/Tokyo", "user", null),
            new Seed.User("Bob", "bob@example.com", "Asia/Tokyo", "user", null)), List.of());

    @Test
    void noOpPlanOfAThousandServicesCostsOneCallPerHundredObjectsPerList() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState desired = generated();
        assertThat(account.apply(desired).succeeded()).isTrue();

        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - readsBefore;

        int policies = SERVICES / SERVICES_PER_POLICY;
        long budget = pages(SERVICES) + pages(policies) + pages(policies) + pages(TEAMS) + pages(USERS.users().size());
        assertThat(reads).isEqualTo(budget).isEqualTo(16);
        assertThat(account.writes()).isEqualTo(writesBefore);
    }

    @Test
    void noOpPlanReadsTagsOnlyOfTheObjectsThatDeclareThemOneByOneWhenTheyAreFew() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState desired = tagged(3, i -> List.of("customer-" + i), 4, i -> List.of("tier-1", "customer-" + i));

        assertThat(noOpReadsBeyondLists(account, desired)).isEqualTo(tagReads(desired)).isEqualTo(taggedObjects(desired));
    }

    @Test
    void noOpPlanReadsTagsTagByTagWhenManyObjectsShareFewLabelsAndStillSeesAHandMadeTag() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        DesiredState desired = tagged(plain.teams().size(), i -> List.of("site-" + i % 2),
                plain.escalationPolicies().size(), i -> List.of("tier-" + i % 3));

        long reads = noOpReadsBeyondLists(account, desired);

        assertThat(reads).isEqualTo(tagReads(desired)).isLessThan(taggedObjects(desired));
        String team = account.client.teams().findByName("Team 0").get(0).id();
        account.client.tags().change("teams", team, new TagChange(List.of(TagDto.labelled("hand-made")), List.of()));
        assertThat(account.plan(desired).steps()).singleElement()
                .satisfies(step -> assertThat(step.key().name()).isEqualTo("Team 0"));
    }

    /** The reads of a no-op plan beyond the lists every plan reads, after applying {@code desired}; it writes nothing. */
    private static long noOpReadsBeyondLists(SandboxAccount account, DesiredState desired) {
        assertThat(account.apply(desired).succeeded()).isTrue();
        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        assertThat(account.writes()).isEqualTo(writesBefore);
        return account.reads() - readsBefore - listReads(desired);
    }

    /**
     * Object by object when reading tag by tag cannot be fewer calls (the tag list and a read per declared label and
     * entity type); otherwise the tag list, then a read per label and entity type, or the objects one by one if
     * those are no fewer. The account carries exactly the declared labels.
     */
    private static long tagReads(DesiredState desired) {
        long objects = taggedObjects(desired);
        long entityTypes = (desired.teams().stream().anyMatch(team -> team.tags().isPresent()) ? 1 : 0)
                + (desired.escalationPolicies().stream().anyMatch(policy -> policy.tags().isPresent()) ? 1 : 0);
        long labels = Stream.concat(desired.teams().stream().flatMap(team -> team.tags().orElse(List.of()).stream()),
                        desired.escalationPolicies().stream().flatMap(policy -> policy.tags().orElse(List.of()).stream()))
                .distinct().count();
        return objects <= 1 + labels * entityTypes ? objects : 1 + Math.min(objects, labels * entityTypes);
    }

    private static long taggedObjects(DesiredState desired) {
        return desired.teams().stream().filter(team -> team.tags().isPresent()).count()
                + desired.escalationPolicies().stream().filter(policy -> policy.tags().isPresent()).count();
    }

    /** The generated account with its first teams and policies tagged. */
    private static DesiredState tagged(int teamCount, IntFunction<List<String>> teamTags, int policyCount,
            IntFunction<List<String>> policyTags) {
        DesiredState untagged = generated();
        List<Team> teams = new ArrayList<>(untagged.teams());
        List<EscalationPolicy> policies = new ArrayList<>(untagged.escalationPolicies());
        for (int i = 0; i < teamCount; i++) {
            Team team = teams.get(i);
            teams.set(i, new Team(team.name(), team.description(), team.parent(), team.members(),
                    Optional.of(teamTags.apply(i)), ORIGIN));
        }
        for (int i = 0; i < policyCount; i++) {
            EscalationPolicy policy = policies.get(i);
            policies.set(i, new EscalationPolicy(policy.name(), policy.description(), policy.numLoops(),
                    policy.onCallHandoffNotifications(), policy.teams(), policy.rules(),
                    Optional.of(policyTags.apply(i)), ORIGIN));
        }
        return new DesiredState(RepoSettings.defaults(), teams, untagged.schedules(), policies,
                untagged.services(), 1);
    }

    @Test
    void noOpPlanReadsTheOpenMaintenanceWindowsAsOneMoreListAndNothingPerWindow() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        int rules = 30;
        List<MaintenanceWindow> windows = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            windows.add(new MaintenanceWindow("Change window " + i, List.of(plain.services().get(i).name()),
                    new WindowTiming.Weekly(List.of(DayOfWeek.of(1 + i % 7)), LocalTime.of(i % 24, 0), Duration.ofHours(2),
                            ZoneId.of("Asia/Tokyo"), 4), ORIGIN));
        }
        DesiredState desired = new DesiredState(plain.settings(), plain.teams(), plain.schedules(),
                plain.escalationPolicies(), plain.services(), 1, List.of(), windows);
        assertThat(account.apply(desired).succeeded()).isTrue();
        Instant now = Instant.now();
        int open = MaintenanceOccurrences.of(windows, now).size();
        assertThat(open).as("more windows than one page holds").isGreaterThan(100);

        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - readsBefore;

        assertThat(reads).isEqualTo(listReads(desired) + pages(open));
        assertThat(account.writes()).isEqualTo(writesBefore);
    }

    @Test
    void noOpPlanReadsOneBusinessServiceListAndTheGraphOnlyOfThoseDeclaringSupport() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        int withSupport = 3;
        int withoutSupport = 2;
        List<BusinessService> business = new ArrayList<>();
        for (int i = 0; i < withSupport + withoutSupport; i++) {
            Optional<List<String>> supportedBy = i < withSupport
                    ? Optional.of(List.of("Service " + i, "Service " + (i + SERVICES / 2)))
                    : Optional.empty();
            business.add(new BusinessService("Business " + i, Optional.empty(), Optional.of("Desk " + i),
                    Optional.of("Team " + i), supportedBy, ORIGIN));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults(), plain.teams(), plain.schedules(),
                plain.escalationPolicies(), plain.services(), 1, List.of(), List.of(), business);
        assertThat(account.apply(desired).succeeded()).isTrue();

        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - readsBefore;

        assertThat(reads).isEqualTo(listReads(desired) + pages(business.size()) + withSupport);
        assertThat(account.writes()).isEqualTo(writesBefore);
    }

    @Test
    void noOpPlanReadsTheOrchestrationOnlyOfServicesDeclaringEventRules() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        int withRules = 4;
        List<Service> services = new ArrayList<>(plain.services());
        for (int i = 0; i < withRules; i++) {
            EventRule recovery = new EventRule(Optional.of("Recovery " + i), List.of("event.summary matches part 'RECOVERY'"),
                    Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    List.of(), false, Map.of(), "");
            int index = i * (SERVICES / withRules);
            services.set(index, services.get(index).withEventRules(Optional.of(EventRules.declared(List.of(recovery)))));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults(), plain.teams(), plain.schedules(),
                plain.escalationPolicies(), services, 1, List.of(), List.of(), List.of());

        // PagerDuty lists neither orchestrations nor their active flags: two reads per service declaring rules.
        assertThat(noOpReadsBeyondLists(account, desired)).isEqualTo(2L * withRules);
    }

    @Test
    void noOpPlanReadsTheWebhookSubscriptionsInOneListOfAPagePerHundred() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        int count = 120;
        List<WebhookSubscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebhookFilter filter = switch (i % 3) {
                case 0 -> WebhookFilter.service("Service " + i);
                case 1 -> WebhookFilter.team("Team " + i % TEAMS);
                default -> WebhookFilter.account();
            };
            subscriptions.add(new WebhookSubscription("Ticketing " + i, "https://tickets.example/" + i,
                    List.of("incident.triggered", "incident.resolved"), filter, Optional.of(i % 2 == 0),
                    Optional.of(List.of()), ORIGIN));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults(), plain.teams(), plain.schedules(),
                plain.escalationPolicies(), plain.services(), 1, List.of(), List.of(), List.of(), subscriptions);

        assertThat(noOpReadsBeyondLists(account, desired)).isEqualTo(pages(count));
    }

    @Test
    void noOpPlanReadsTheUsersWithTheirContactsInTheSamePagesAndHandOffRulesAndTagsOnlyOfThoseDeclaringThem() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        List<User> users = new ArrayList<>();
        for (Seed.User seeded : USERS.users()) {
            boolean first = users.isEmpty();
            users.add(new User(seeded.email(),
                    Optional.of(List.of(new ContactMethod("Work mail", ContactType.EMAIL, seeded.email()))),
                    Optional.of(List.of(new NotificationRule("high", Duration.ZERO, "Work mail"))),
                    first ? Optional.of(List.of(new HandoffRule(HandoffWhen.BOTH, Duration.ZERO, "Work mail")))
                            : Optional.empty(),
                    first ? Optional.of(List.of("shift-leader")) : Optional.empty(),
                    ORIGIN));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults().withManageUsers(true), plain.teams(),
                plain.schedules(), plain.escalationPolicies(), plain.services(), 1, List.of(), List.of(), List.of(),
                List.of(), users);

        long declaringHandoffs = users.stream().filter(user -> user.handoffNotifications().isPresent()).count();
        // Few tagged users: their tags are read one by one (see the tag budgets above).
        long declaringTags = users.stream().filter(user -> user.tags().isPresent()).count();
        // The users list is read once, with include[] for contact methods and notification rules.
        assertThat(noOpReadsBeyondLists(account, desired)).isEqualTo(declaringHandoffs + declaringTags);
    }

    private static long listReads(DesiredState desired) {
        return pages(desired.services().size()) + pages(desired.schedules().size())
                + pages(desired.escalationPolicies().size()) + pages(desired.teams().size()) + pages(USERS.users().size());
    }

    private static long pages(int objects) {
        return Math.max(1, (objects + 99) / 100);
    }

    private static DesiredState generated() {
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            teams.add(new Team("Team " + i, Optional.empty(), Optional.empty(), Optional.empty(), ORIGIN));
        }
        List<Schedule> schedules = new ArrayList<>();
        List<EscalationPolicy> policies = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2026-01-05T09:00:00+09:00");
        for (int i = 0; i < SERVICES / SERVICES_PER_POLICY; i++) {
            String team = teams.get(i % TEAMS).name();
            schedules.add(new Schedule("Rota " + i, Optional.empty(), ZoneId.of("Asia/Tokyo"), Optional.of(List.of(team)),
                    List.of(new ScheduleLayer(Optional.of("Weekly"), start, Optional.empty(), start, Duration.ofDays(7),
                            List.of("ann@example.com", "bob@example.com"), List.of())),
                    ORIGIN));
            policies.add(new EscalationPolicy("Policy " + i, Optional.empty(), Optional.of(1), Optional.empty(),
                    Optional.of(List.of(team)),
                    List.of(new EscalationRule(Duration.ofMinutes(30), List.of(Target.schedule("Rota " + i)))), ORIGIN));
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            services.add(new Service("Service " + i, Optional.of("generated"), "Policy " + (i / SERVICES_PER_POLICY),
                    Optional.of(Timeout.disabled()), Optional.of(Timeout.after(Duration.ofMinutes(30))), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ORIGIN));
        }
        return new DesiredState(RepoSettings.defaults(), teams, schedules, policies, services, 1);
    }
}
