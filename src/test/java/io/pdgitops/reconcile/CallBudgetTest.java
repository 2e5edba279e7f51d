package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.BusinessService;
import io.pdgitops.model.ContactMethod;
import io.pdgitops.model.ContactType;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.EscalationPolicy;
import io.pdgitops.model.EscalationRule;
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
import io.pdgitops.model.WindowTiming;
import io.pdgitops.sandbox.Seed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A no-op plan reads each list 100 objects a call (the open maintenance windows too, when Git declares some), plus
 * the tags of each object declaring them, the supporting services of each business service declaring them, the users
 * once more with their contact methods and rules when User documents are declared, and the hand-off rules of each
 * user declaring them, and nothing else.
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
    void noOpPlanReadsTagsOnlyOfTheObjectsThatDeclareThem() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState untagged = generated();
        List<Team> teams = new ArrayList<>(untagged.teams());
        List<EscalationPolicy> policies = new ArrayList<>(untagged.escalationPolicies());
        int taggedTeams = 3;
        int taggedPolicies = 4;
        for (int i = 0; i < taggedTeams; i++) {
            Team team = teams.get(i);
            teams.set(i, new Team(team.name(), team.description(), team.parent(), team.members(),
                    Optional.of(List.of("customer-" + i)), ORIGIN));
        }
        for (int i = 0; i < taggedPolicies; i++) {
            EscalationPolicy policy = policies.get(i);
            policies.set(i, new EscalationPolicy(policy.name(), policy.description(), policy.numLoops(),
                    policy.onCallHandoffNotifications(), policy.teams(), policy.rules(),
                    Optional.of(List.of("tier-1", "customer-" + i)), ORIGIN));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults(), teams, untagged.schedules(), policies,
                untagged.services(), 1);
        assertThat(account.apply(desired).succeeded()).isTrue();

        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - readsBefore;

        assertThat(reads).isEqualTo(listReads(desired) + taggedTeams + taggedPolicies);
        assertThat(account.writes()).isEqualTo(writesBefore);
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
    void noOpPlanReadsTheUsersOnceMoreWithTheirContactsAndHandOffRulesOnlyOfThoseDeclaringThem() {
        SandboxAccount account = new SandboxAccount(USERS);
        DesiredState plain = generated();
        List<User> users = new ArrayList<>();
        for (Seed.User seeded : USERS.users()) {
            boolean handoffs = users.isEmpty();
            users.add(new User(seeded.email(),
                    Optional.of(List.of(new ContactMethod("Work mail", ContactType.EMAIL, seeded.email()))),
                    Optional.of(List.of(new NotificationRule("high", Duration.ZERO, "Work mail"))),
                    handoffs ? Optional.of(List.of(new HandoffRule(HandoffWhen.BOTH, Duration.ZERO, "Work mail")))
                            : Optional.empty(),
                    ORIGIN));
        }
        DesiredState desired = new DesiredState(RepoSettings.defaults().withManageUsers(true), plain.teams(),
                plain.schedules(), plain.escalationPolicies(), plain.services(), 1, List.of(), List.of(), List.of(), users);
        assertThat(account.apply(desired).succeeded()).isTrue();

        long readsBefore = account.reads();
        long writesBefore = account.writes();
        assertThat(account.plan(desired).steps()).isEmpty();
        long reads = account.reads() - readsBefore;

        long declaringHandoffs = users.stream().filter(user -> user.handoffNotifications().isPresent()).count();
        assertThat(reads).isEqualTo(listReads(desired) + pages(USERS.users().size()) + declaringHandoffs);
        assertThat(account.writes()).isEqualTo(writesBefore);
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
