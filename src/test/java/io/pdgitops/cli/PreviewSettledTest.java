package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.RenderWindow;
import io.pdgitops.pagerduty.dto.UserDto;
import io.pdgitops.reconcile.SandboxAccount;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daily rotation that started weeks ago is applied to the sandbox, then loses a member who is not on call; under
 * {@code keep_position} PagerDuty keeps whoever is on call. {@code preview} then shows what PagerDuty renders, entry
 * for entry over eight weeks, while {@code preview --offline} renders the YAML as written and names someone else
 * now.
 */
class PreviewSettledTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final List<String> EVERYONE = List.of("kenta.sato", "misaki.suzuki", "sho.takahashi", "hina.tanaka");

    @TempDir
    Path repo;

    @TempDir
    Path temp;

    private final CapturedCli cli = new CapturedCli();
    private Path state;
    private String from;

    @BeforeEach
    void onlyWithoutARealPagerDuty() throws IOException {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: this test would change a real account");
        state = temp.resolve("sandbox.json");
        Files.copy(Path.of("example-repo", "sandbox-seed.yaml"), repo.resolve("sandbox-seed.yaml"));
        // PagerDuty keeps no history of a layer before its last write, so the preview starts after the applies.
        from = OffsetDateTime.now(TOKYO).truncatedTo(ChronoUnit.MINUTES).plusMinutes(5).toString();
    }

    @Test
    void previewAfterAMemberChangeIsWhatPagerDutyRendersForEightWeeks() throws IOException {
        write(EVERYONE);
        assertThat(cli.run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString())).isZero();
        String onCall = preview(false).get(0).get("user").asText();

        List<String> fewer = withoutSomeoneNotOnCall(onCall);
        write(fewer);
        assertThat(cli.run("apply", "--auto-approve", "--sandbox-state", state.toString(), repo.toString())).isZero();

        List<String> settled = lines(preview(false));
        assertThat(settled.get(0)).endsWith(onCall);
        assertThat(settled).hasSizeGreaterThan(8 * 7).isEqualTo(sandboxFinalSchedule());
        assertThat(lines(preview(true)).get(0)).doesNotEndWith(onCall);
    }

    /** The first member not on call whose removal makes the YAML as written name someone else now. */
    private List<String> withoutSomeoneNotOnCall(String onCall) throws IOException {
        for (String leaving : EVERYONE) {
            List<String> fewer = new ArrayList<>(EVERYONE);
            fewer.remove(leaving);
            if (onCall.startsWith(leaving)) {
                continue;
            }
            write(fewer);
            if (!preview(true).get(0).get("user").asText().equals(onCall)) {
                return fewer;
            }
        }
        throw new AssertionError("no member's removal moves the rotation as written");
    }

    private void write(List<String> users) throws IOException {
        OffsetDateTime start = ZonedDateTime.now(TOKYO).minusWeeks(3).with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
                .with(LocalTime.of(9, 0)).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
        Files.writeString(repo.resolve("pd-gitops.yaml"), "sync: {prune: false}\n");
        Files.writeString(repo.resolve("schedule.yaml"), """
                kind: Schedule
                name: Ops Rotation
                time_zone: Asia/Tokyo
                layers:
                  - {name: Daily, start: %s, rotation_turn_length: 1d, users: [%s]}
                """.formatted(start, users.stream().map(user -> user + "@example.com").collect(Collectors.joining(", "))));
    }

    private JsonNode preview(boolean offline) throws IOException {
        List<String> args = new ArrayList<>(List.of("preview", repo.toString(), "--schedule", "Ops Rotation", "--from",
                from, "--days", "56", "--format", "json", "--sandbox-state", state.toString()));
        if (offline) {
            args.add("--offline");
        }
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run(args.toArray(String[]::new))).isZero();
        return new ObjectMapper().readTree(cli.out.toString()).get("shifts");
    }

    private static List<String> lines(JsonNode shifts) {
        List<String> lines = new ArrayList<>();
        shifts.forEach(shift -> lines.add(OffsetDateTime.parse(shift.get("start").asText()).toInstant() + " "
                + OffsetDateTime.parse(shift.get("end").asText()).toInstant() + " " + shift.get("user").asText()));
        return lines;
    }

    private List<String> sandboxFinalSchedule() throws IOException {
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(1_000_000).withSnapshot(state),
                SandboxAccount.seed(repo.resolve("sandbox-seed.yaml")));
        PagerDutyClient client = SandboxAccount.client(sandbox, 0);
        Map<String, String> emails = client.users().list().stream().collect(Collectors.toMap(UserDto::id, UserDto::email));
        OffsetDateTime since = OffsetDateTime.parse(from);
        String id = client.schedules().findByName("Ops Rotation").get(0).id();
        return client.schedules().get(id, RenderWindow.of(since, since.plusDays(56))).finalSchedule()
                .renderedScheduleEntries().stream()
                .map(entry -> entry.start().toInstant() + " " + entry.end().toInstant() + " " + emails.get(entry.user().id()))
                .toList();
    }
}
