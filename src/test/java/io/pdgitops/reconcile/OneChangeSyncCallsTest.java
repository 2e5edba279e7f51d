package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.live.AccountCache;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.live.MemberCache;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.model.Team;
import io.pdgitops.pagerduty.dto.TeamDto;
import io.pdgitops.pagerduty.dto.TeamMemberDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync of a revision that changes one service, in a process that synced before, costs the account's list pages
 * and the one write: team members (the one read per team that lists cannot replace) are kept from the earlier sync
 * while the user list shows the same members.
 */
class OneChangeSyncCallsTest {

    static final int SERVICES = 150;
    /** Issue 18's target for a one-change sync with the audit trail, whatever the account's size. */
    static final int AUDIT_TARGET = 10;

    @Test
    void aOneChangeSyncCostsTheListPagesAndOneWrite(@TempDir Path dir) throws Exception {
        Synced synced = Synced.of(dir, Duration.ofHours(1));
        DesiredState changed = changeOneServiceDescription(dir.resolve("repo"));
        long listPages = listPages(synced.account(), changed);

        long readsBefore = synced.account().reads();
        long writesBefore = synced.account().writes();
        Reconciler.Planned planned = plan(synced.reconciler(), changed);
        assertThat(planned.plan().steps()).extracting(step -> step.key().kind()).containsExactly(ResourceKind.SERVICE);
        assertThat(synced.reconciler().apply(planned, outcome -> { }).succeeded()).isTrue();
        long reads = synced.account().reads() - readsBefore;
        long writes = synced.account().writes() - writesBefore;

        assertThat(writes).as("one write for the one changed service").isEqualTo(1);
        assertThat(reads).as("reads of a one-change sync, list pages %d", listPages).isLessThanOrEqualTo(listPages);
        assertThat(synced.account().plan(changed).steps()).as("the sync converged").isEmpty();
    }

    @Test
    void withTheAuditTrailOneChangeSyncsCostAtMostTenCalls(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(SERVICES, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        assertThat(account.apply(generated.desired()).succeeded()).isTrue();
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = account.reconciler().withMemberCache(new MemberCache(Duration.ofHours(1)))
                .withAccountCache(cache);
        assertThat(plan(reconciler, generated.desired()).plan().steps()).isEmpty();
        assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.FULL);

        for (int sync = 1; sync <= 3; sync++) {
            DesiredState changed = changeOneServiceDescription(dir.resolve("repo"));
            long callsBefore = account.reads() + account.writes();
            Reconciler.Planned planned = plan(reconciler, changed);
            assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.AUDIT);
            assertThat(planned.plan().steps()).hasSize(1);
            assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();

            assertThat(account.reads() + account.writes() - callsBefore).as("calls of one-change sync %d", sync)
                    .isLessThanOrEqualTo(AUDIT_TARGET);
            assertThat(account.plan(changed).steps()).as("sync %d converged", sync).isEmpty();
        }
    }

    @Test
    void theServiceASyncWroteIsKeptFromItsAnswerAndNotReadAgain(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(20, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = appliedAndRead(account, generated.desired(), cache);

        for (int sync = 1; sync <= 3; sync++) {
            DesiredState changed = changeOneServiceDescription(dir.resolve("repo"));
            long serviceReadsBefore = serviceReads(account);
            Reconciler.Planned planned = plan(reconciler, changed);
            assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.AUDIT);
            assertThat(planned.plan().steps()).extracting(step -> step.key().kind())
                    .containsExactly(ResourceKind.SERVICE);
            assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();

            assertThat(serviceReads(account) - serviceReadsBefore)
                    .as("services read again in sync %d, whose trail holds only the last sync's own write", sync)
                    .isZero();
            assertThat(account.plan(changed).steps()).as("sync %d converged", sync).isEmpty();
        }
        DesiredState last = SandboxAccount.load(dir.resolve("repo"));
        assertThat(plan(reconciler, last).plan().steps()).as("the kept answer is what PagerDuty has").isEmpty();
        assertThat(serviceReads(account)).as("the answer stood in for the read").isZero();
    }

    @Test
    void someoneElsesEditAfterOurWriteIsReadAgain(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(20, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = appliedAndRead(account, generated.desired(), cache);
        DesiredState changed = changeOneServiceDescription(dir.resolve("repo"));
        Reconciler.Planned planned = plan(reconciler, changed);
        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();
        String written = planned.plan().steps().get(0).key().name();
        account.client.services().delete(account.client.services().findByName(written).get(0).id());

        Reconciler.Planned next = plan(reconciler, changed);

        assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.AUDIT);
        assertThat(next.plan().steps()).extracting(PlanStep::key)
                .anySatisfy(key -> assertThat(key.name()).isEqualTo(written));
    }

    @Test
    void anEditMadeInPagerDutyShowsThroughTheTrail(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(20, dir.resolve("repo"));
        SandboxAccount account = generated.account();
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = appliedAndRead(account, generated.desired(), cache);
        String service = generated.desired().services().get(0).name();
        String serviceId = account.client.services().findByName(service).get(0).id();
        account.client.services().delete(serviceId);

        Reconciler.Planned planned = plan(reconciler, generated.desired());

        assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.AUDIT);
        assertThat(planned.plan().steps()).extracting(PlanStep::key)
                .anySatisfy(key -> assertThat(key.name()).isEqualTo(service));
    }

    @Test
    void anAccountWithoutTheTrailIsReadInFull(@TempDir Path dir) throws Exception {
        GeneratedAccount generated = GeneratedAccount.of(20, dir.resolve("repo"));
        SandboxAccount account = new SandboxAccount(new Sandbox(SandboxConfig.permissiveDefaults()
                .withRateLimit(1_000_000).withAuditTrail(false),
                SandboxAccount.seed(dir.resolve("repo").resolve("sandbox-seed.yaml"))));
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = appliedAndRead(account, generated.desired(), cache);
        String service = generated.desired().services().get(0).name();
        account.client.services().delete(account.client.services().findByName(service).get(0).id());

        Reconciler.Planned planned = plan(reconciler, generated.desired());

        assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.FULL);
        assertThat(planned.plan().steps()).extracting(PlanStep::key)
                .anySatisfy(key -> assertThat(key.name()).isEqualTo(service));
    }

    @Test
    void withoutKeptMembersEveryTeamWithRolesCostsAReadMore(@TempDir Path dir) throws Exception {
        Synced synced = Synced.of(dir, Duration.ZERO);
        DesiredState desired = SandboxAccount.load(dir.resolve("repo"));
        long teamsWithRoles = desired.teams().stream().filter(OneChangeSyncCallsTest::hasRoles).count();
        assertThat(teamsWithRoles).as("the generated teams give roles").isPositive();

        long readsBefore = synced.account().reads();
        assertThat(plan(synced.reconciler(), desired).plan().steps()).isEmpty();

        assertThat(synced.account().reads() - readsBefore)
                .isEqualTo(listPages(synced.account(), desired) + teamsWithRoles);
    }

    @Test
    void aTeamWhoseMembersChangedInPagerDutyIsReadAgainAndRestored(@TempDir Path dir) throws Exception {
        Synced synced = Synced.of(dir, Duration.ofHours(1));
        DesiredState desired = SandboxAccount.load(dir.resolve("repo"));
        Team team = desired.teams().stream().filter(OneChangeSyncCallsTest::hasRoles).findFirst().orElseThrow();
        TeamDto live = synced.account().client.teams().findByName(team.name()).get(0);
        TeamMemberDto removed = synced.account().client.teams().members(live.id()).get(0);
        synced.account().client.teams().removeMember(live.id(), removed.user().id());

        Reconciler.Planned planned = plan(synced.reconciler(), desired);

        assertThat(planned.plan().steps()).extracting(PlanStep::key)
                .anySatisfy(key -> assertThat(key.name()).isEqualTo(team.name()));
        assertThat(synced.reconciler().apply(planned, outcome -> { }).succeeded()).isTrue();
        assertThat(synced.account().client.teams().members(live.id())).contains(removed);
        assertThat(plan(synced.reconciler(), desired).plan().steps()).as("the kept members follow the write").isEmpty();
    }

    @Test
    void aRoleChangedInPagerDutyIsCaughtByTheNextFullRead(@TempDir Path dir) throws Exception {
        Synced synced = Synced.of(dir, Duration.ofMinutes(5));
        DesiredState desired = SandboxAccount.load(dir.resolve("repo"));
        Team team = desired.teams().stream().filter(OneChangeSyncCallsTest::hasRoles).findFirst().orElseThrow();
        String teamId = synced.account().client.teams().findByName(team.name()).get(0).id();
        TeamMemberDto member = synced.account().client.teams().members(teamId).get(0);
        String otherRole = "manager".equals(member.role()) ? "responder" : "manager";
        synced.account().client.teams().addMember(teamId, member.user().id(), otherRole);

        assertThat(plan(synced.reconciler(), desired).plan().steps()).as("the same members: roles kept").isEmpty();
        synced.clock().advance(Duration.ofMinutes(5));
        assertThat(plan(synced.reconciler(), desired).plan().steps()).extracting(PlanStep::key)
                .anySatisfy(key -> assertThat(key.name()).isEqualTo(team.name()));
    }

    /** An account where the generated repository was applied, and a reconciler that has read it once since. */
    private record Synced(SandboxAccount account, Reconciler reconciler, MutableClock clock) {

        static Synced of(Path dir, Duration fullReadInterval) throws Exception {
            GeneratedAccount generated = GeneratedAccount.of(SERVICES, dir.resolve("repo"));
            SandboxAccount account = generated.account();
            assertThat(account.apply(generated.desired()).succeeded()).isTrue();
            MutableClock clock = new MutableClock(Instant.now());
            Reconciler reconciler = new Reconciler(account.client, clock).withMemberCache(new MemberCache(fullReadInterval));
            assertThat(plan(reconciler, generated.desired()).plan().steps()).as("the first read is whole").isEmpty();
            return new Synced(account, reconciler, clock);
        }
    }

    /** Applies {@code desired}, then plans it once with {@code cache}, which reads the whole account. */
    private static Reconciler appliedAndRead(SandboxAccount account, DesiredState desired, AccountCache cache) {
        assertThat(account.apply(desired).succeeded()).isTrue();
        Reconciler reconciler = account.reconciler().withAccountCache(cache);
        assertThat(plan(reconciler, desired).plan().steps()).isEmpty();
        return reconciler;
    }

    private static Reconciler.Planned plan(Reconciler reconciler, DesiredState desired) {
        return reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
    }

    /** What reading every kind costs without any team's members, measured on the account itself. */
    private static long listPages(SandboxAccount account, DesiredState desired) {
        boolean vendors = desired.services().stream().flatMap(service -> service.integrations().orElse(List.of()).stream())
                .anyMatch(integration -> integration.type() == IntegrationType.VENDOR);
        long before = account.reads();
        new LiveStateReader(account.client).fetch(teamName -> false, vendors);
        return account.reads() - before;
    }

    /** Reads of one service by id the sandbox answered so far. */
    private static long serviceReads(SandboxAccount account) {
        return account.stats().path("paths").path("/services/{id}").path("reads").asLong();
    }

    private static boolean hasRoles(Team team) {
        return team.members().orElse(List.of()).stream().anyMatch(member -> member.role().isPresent());
    }

    /** Edits the first service file's first description (again on every call), as a commit would, and loads the repository again. */
    private static DesiredState changeOneServiceDescription(Path repo) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(repo.resolve("services"))) {
            file = files.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        int at = text.indexOf("description: \"") + "description: \"".length();
        Files.writeString(file, text.substring(0, at) + "Changed: " + text.substring(at));
        return SandboxAccount.load(repo);
    }
}
