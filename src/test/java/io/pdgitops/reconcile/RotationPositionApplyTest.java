package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.apply.ApplyListener;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.RenderedEntry;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.sandbox.MutableClock;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Members change in a running daily rotation (Asia/Tokyo, 09:00 hand-offs, from Monday 2 November 2026) of Kenta,
 * Misaki, Sho and Hina. On Wednesday at 14:00 Sho is on call (turn 2). Misaki leaves: with the position kept, Sho
 * stays on call and the rotation goes on Hina, Kenta, Sho; effective immediately, turn 2 of the new list is Hina's.
 * Who is on call is read from the sandbox's rendered {@code final_schedule}, not from the plan.
 */
class RotationPositionApplyTest {

    private static final Instant FIRST_APPLY = Instant.parse("2026-11-01T00:00:00Z");
    private static final OffsetDateTime CHANGE = OffsetDateTime.parse("2026-11-04T14:00:00+09:00");

    @TempDir
    Path repo;

    private final MutableClock clock = new MutableClock(FIRST_APPLY);
    private final Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000),
            SandboxAccount.seed(SandboxAccount.EXAMPLE_REPO.resolve("sandbox-seed.yaml")), clock, duration -> {
            });
    private final PagerDutyClient client = SandboxAccount.client(sandbox, 0);
    private final Reconciler reconciler = new Reconciler(client, clock);

    private static final String DECLARED_VIRTUAL_START = "    rotation_virtual_start: 2026-11-02T09:00:00+09:00\n";
    private static final String EVERYONE = "kenta.sato, misaki.suzuki, sho.takahashi, hina.tanaka";
    private static final String IMMEDIATE = "defaults: {rotation_changes: immediate}\n";

    @Test
    void keepingThePositionLeavesTheShiftWithWhoeverHasIt() throws IOException {
        Plan plan = changeUsersOnWednesday("", DECLARED_VIRTUAL_START, "kenta.sato, sho.takahashi, hina.tanaka");

        assertThat(plan.steps().get(0).rotations()).singleElement()
                .satisfies(rotation -> assertThat(rotation.detail()).contains("<sho.takahashi@example.com> stays on call until"));
        assertThat(onCallFrom(CHANGE, Duration.ofDays(4))).containsExactly(
                "sho.takahashi", "hina.tanaka", "kenta.sato", "sho.takahashi", "hina.tanaka");
        // the computed virtual start is not drift, whether the YAML declares the old one or none
        assertThat(plan().hasChanges()).isFalse();
        write("", "", "kenta.sato, sho.takahashi, hina.tanaka");
        assertThat(plan().hasChanges()).isFalse();
    }

    @Test
    void effectiveImmediatelyHandsTheCurrentTurnToTheNewListsUser() throws IOException {
        Plan plan = changeUsersOnWednesday(IMMEDIATE, "", "kenta.sato, sho.takahashi, hina.tanaka");

        assertThat(plan.steps().get(0).rotations()).singleElement()
                .satisfies(rotation -> assertThat(rotation.mode().yamlName()).isEqualTo("immediate"));
        assertThat(onCallFrom(CHANGE, Duration.ofDays(2))).containsExactly("hina.tanaka", "kenta.sato", "sho.takahashi");
        assertThat(plan().steps()).isEmpty();
    }

    @Test
    void whenTheOnCallPersonLeavesTheNextWhoStaysTakesOverUntilTheUsualHandoff() throws IOException {
        changeUsersOnWednesday("", "", "kenta.sato, misaki.suzuki, hina.tanaka");

        List<RenderedEntry> entries = finalSchedule(CHANGE, Duration.ofDays(2));
        assertThat(entries.get(0).end().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-05T09:00:00+09:00").toInstant());
        assertThat(onCallFrom(CHANGE, Duration.ofDays(2))).containsExactly("hina.tanaka", "kenta.sato", "misaki.suzuki");
    }

    /** Applies the rotation of everyone, then on Wednesday at 14:00 (Sho on call) applies {@code users}. */
    private Plan changeUsersOnWednesday(String settings, String virtualStart, String users) throws IOException {
        write(settings, virtualStart, EVERYONE);
        apply();
        clock.advance(Duration.between(FIRST_APPLY, CHANGE.toInstant()));
        assertThat(onCallFrom(CHANGE, Duration.ofHours(1))).containsExactly("sho.takahashi");
        write(settings, virtualStart, users);
        return apply();
    }

    private void write(String settings, String virtualStart, String users) throws IOException {
        Files.writeString(repo.resolve("pd-gitops.yaml"), "sync: {prune: false}\n" + settings);
        Files.writeString(repo.resolve("schedule.yaml"), """
                kind: Schedule
                name: Ops Rotation
                time_zone: Asia/Tokyo
                layers:
                  - name: Daily
                    start: 2026-11-02T09:00:00+09:00
                """ + virtualStart + """
                    rotation_turn_length: 1d
                    users: [%s]
                """.formatted(List.of(users.split(", ")).stream().map(user -> user + "@example.com")
                        .collect(Collectors.joining(", "))));
    }

    private Plan apply() {
        DesiredState desired = SandboxAccount.load(repo);
        Reconciler.Planned planned = reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
        assertThat(reconciler.apply(planned, ApplyListener.NONE).succeeded()).isTrue();
        return planned.plan();
    }

    private Plan plan() {
        DesiredState desired = SandboxAccount.load(repo);
        return reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false)).plan();
    }

    private List<RenderedEntry> finalSchedule(OffsetDateTime since, Duration length) {
        String id = client.schedules().findByName("Ops Rotation").get(0).id();
        return client.schedules().get(id, RenderWindow.of(since, since.plus(length)))
                .finalSchedule().renderedScheduleEntries();
    }

    /** Who is on call from {@code since}, one name (the email's local part) per final-schedule entry. */
    private List<String> onCallFrom(OffsetDateTime since, Duration length) {
        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        return finalSchedule(since, length).stream()
                .map(entry -> emails.get(entry.user().id()).replace("@example.com", ""))
                .toList();
    }
}
