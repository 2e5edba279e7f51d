package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.IntegrationType;
import io.pdgitops.state.WriterLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and drift against the built-in sandbox, each run a fresh command as separate processes would be. */
class ReconcileCommandsTest {

    static final String EXAMPLE = "example-repo";
    static final Pattern INTEGRATION_KEY = Pattern.compile("\\b[0-9a-f]{32}\\b");
    static final Pattern PLAN_LINE = Pattern.compile(
            "Plan: (\\d+) to create, (\\d+) to update, 0 to delete, (\\d+) unchanged\\.");

    // Counted from the example's files, so that editing the example re-fits nothing here. A fresh sandbox knows
    // none of the integrations, so every one of them is created; all but the email ones get a new key (an email
    // integration is reached by its address instead).
    static final DesiredState DECLARED = ConfigLoader.load(Path.of(EXAMPLE)).state();
    static final int INTEGRATIONS = DECLARED.services().stream()
            .mapToInt(service -> service.integrations().map(List::size).orElse(0)).sum();
    static final int KEYED_INTEGRATIONS = (int) DECLARED.services().stream()
            .flatMap(service -> service.integrations().orElse(List.of()).stream())
            .filter(integration -> integration.type() != IntegrationType.EMAIL).count();
    /** Each maintenance window document is one resource, whatever number of PagerDuty windows it stands for. */
    static final int OBJECTS = DECLARED.objectCount() + INTEGRATIONS + DECLARED.maintenanceWindows().size()
            + DECLARED.users().size();

    @TempDir
    Path temp;

    Path state;
    String out;
    String err;

    @BeforeEach
    void onlyWithoutARealPagerDuty() {
        assumeTrue(System.getenv("PAGERDUTY_TOKEN") == null, "PAGERDUTY_TOKEN is set: these tests would change a real account");
        state = temp.resolve("sandbox.json");
    }

    @Test
    void planShowsTheChangesAndSaysTheSandboxIsUsed() {
        assertThat(run("plan", EXAMPLE)).isEqualTo(ExitCodes.OK);
        Matcher counts = PLAN_LINE.matcher(out);
        assertThat(counts.lookingAt()).as(out).isTrue();
        int create = Integer.parseInt(counts.group(1));
        assertThat(create + Integer.parseInt(counts.group(2)) + Integer.parseInt(counts.group(3))).isEqualTo(OBJECTS);
        assertThat(create).isGreaterThanOrEqualTo(INTEGRATIONS);
        assertThat(out).contains("prune is off for this run: pass --prune-from INVENTORY_FILE");
        assertThat(err).contains("using the built-in PagerDuty sandbox");
        assertThat(run("plan", "--detailed-exitcode", EXAMPLE)).isEqualTo(ExitCodes.CHANGES);
    }

    @Test
    void planFormatsMarkdownAndJson() throws IOException {
        run("plan", "--format", "json", EXAMPLE);
        JsonNode plan = new ObjectMapper().readTree(out);
        assertThat(plan.path("status").asText()).isEqualTo("ready");
        JsonNode summary = plan.path("summary");
        assertThat(summary.path("create").asInt() + summary.path("update").asInt() + summary.path("no_op").asInt())
                .isEqualTo(OBJECTS);

        run("plan", "--format", "markdown", EXAMPLE);
        assertThat(out.lines().filter(line -> line.matches("\\| \\d+ \\| (create|update) \\| .*")))
                .hasSize(steps(summary));
    }

    @Test
    void planForGitHubAnnotatesDeclaringLinesAndAppendsTheReportToTheJobSummary() throws IOException {
        JsonNode counts = planSummary();
        String plan = "Plan: %d to create, %d to update, 0 to delete".formatted(counts.path("create").asInt(),
                counts.path("update").asInt());
        Path summary = temp.resolve("step-summary.md");
        Files.writeString(summary, "# Earlier step\n");

        assertThat(run("plan", "--format", "github", "--step-summary", summary.toString(), EXAMPLE))
                .isEqualTo(ExitCodes.OK);

        assertThat(out.lines().filter(line -> line.startsWith("::notice "))).hasSize(steps(counts));
        assertThat(out).containsPattern("::notice file=services/[a-z-]+\\.yaml,line=\\d+,title=pd-gitops plan%3A "
                + "create Integration `[^`]+` / `[^`]+`::create Integration")
                .contains(plan + ", " + counts.path("no_op").asInt() + " unchanged.");
        assertThat(Files.readString(summary)).startsWith("# Earlier step\n### pd-gitops: ✅ valid; "
                + plan.substring("Plan: ".length())).contains("<details><summary>Plan: " + steps(counts) + " steps</summary>");
    }

    @Test
    void invalidRepositoryForGitHubGetsErrorAnnotationsAndTheErrorsInTheSummary() throws IOException {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("team.yaml"), "kind: Team\nname: Ops\ncolour: blue\n");
        Path summary = temp.resolve("step-summary.md");

        assertThat(run("plan", "--format", "github", "--step-summary", summary.toString(), repo.toString()))
                .isEqualTo(ExitCodes.INVALID);

        assertThat(out).startsWith("::error file=team.yaml,line=3,");
        assertThat(Files.readString(summary)).startsWith("### pd-gitops: ❌ 1 error; nothing would be applied")
                .contains("- `team.yaml:3`: ");
    }

    @Test
    void applyRefusesWithoutATerminalUnlessAutoApproved() {
        assertThat(run("apply", EXAMPLE)).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("no terminal to ask on: pass --auto-approve");
        assertThat(run("plan", "--detailed-exitcode", EXAMPLE)).as("nothing was applied").isEqualTo(ExitCodes.CHANGES);
    }

    @Test
    void applyThenPlanAndDriftInLaterRunsFindNothingToDo() throws IOException {
        int steps = steps(planSummary());
        assertThat(run("apply", "--auto-approve", EXAMPLE)).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("[1/" + steps + "] ok ", "[" + steps + "/" + steps + "] ok ",
                "Apply complete: " + steps + " succeeded, 0 failed, 0 skipped.");
        assertThat(INTEGRATION_KEY.matcher(out + err).find()).as("keys are not printed unless asked").isFalse();
        assertThat(err).contains(KEYED_INTEGRATIONS + " new integration keys are not shown");

        assertThat(run("plan", "--detailed-exitcode", EXAMPLE)).as(out).isEqualTo(ExitCodes.OK);
        assertThat(out).startsWith("No changes: PagerDuty matches Git (" + OBJECTS + " unchanged).");
        assertThat(run("drift", "--detailed-exitcode", "--format", "json", EXAMPLE)).isEqualTo(ExitCodes.OK);
        JsonNode drift = new ObjectMapper().readTree(out);
        assertThat(drift.path("drift").asBoolean()).isFalse();
        assertThat(drift.path("summary").path("in_sync").asInt()).isEqualTo(OBJECTS);
        assertThat(run("apply", "--auto-approve", "--detailed-exitcode", EXAMPLE)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void oneAtATimeApplyReportsEveryStepInPlanOrder() {
        assertThat(run("apply", "--auto-approve", "--parallelism", "1", EXAMPLE)).isEqualTo(ExitCodes.OK);

        List<String> numbers = out.lines().filter(line -> line.matches("\\[\\d+/\\d+\\] .*"))
                .map(line -> line.substring(1, line.indexOf('/'))).toList();
        assertThat(numbers).hasSizeGreaterThan(1)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).mapToObj(String::valueOf).toList());
        assertThat(run("plan", "--detailed-exitcode", EXAMPLE)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aParallelismBelowOneIsRefusedBeforeAnythingIsApplied() {
        assertThat(run("apply", "--auto-approve", "--parallelism", "0", EXAMPLE)).isNotEqualTo(ExitCodes.OK);

        assertThat(err).contains("--parallelism must be at least 1, was 0");
        assertThat(run("plan", "--detailed-exitcode", EXAMPLE)).as("nothing was applied").isEqualTo(ExitCodes.CHANGES);
    }

    @Test
    void integrationKeysAreShownOrSavedOnlyWhenAsked() throws IOException {
        Path keys = temp.resolve("keys.tsv");
        assertThat(run("apply", "--auto-approve", "--show-secrets", "--keys-file", keys.toString(), EXAMPLE))
                .isEqualTo(ExitCodes.OK);

        assertThat(INTEGRATION_KEY.matcher(out).results().count()).isEqualTo(KEYED_INTEGRATIONS);
        assertThat(INTEGRATION_KEY.matcher(err).find()).isFalse();
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> lines = Files.readAllLines(keys);
        assertThat(lines).hasSize(KEYED_INTEGRATIONS + 1).element(1).asString()
                .matches("[^\t]+\t[^\t]+\t[0-9a-f]{32}");
    }

    @Test
    void anInvalidRepositoryPrintsItsErrorsAndExitsOne() {
        assertThat(run("plan", "src/test/resources/validate/dangling-reference/repo")).isEqualTo(ExitCodes.INVALID);
        assertThat(out).contains("error dangling-reference").endsWith("6 objects in 1 file: 6 errors\n");
    }

    @Test
    void aFailedStepExitsThreeAndSaysWhy() throws IOException {
        // PagerDuty refuses a read-only user as a team member, which only the apply finds out: the plan checks that
        // the user exists, not what their role allows.
        Path repo = repo("kind: Team\nname: Ops\nmembers: [{user: ann@example.com, role: responder}]\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: Ann, email: ann@example.com, time_zone: Asia/Tokyo, role: read_only_user}\n");

        int exit = run("apply", "--auto-approve", repo.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.ERROR);
        assertThat(out).contains("FAILED", "A read-only user can't be added to a team", "Apply incomplete:");
    }

    @Test
    void pruneDeletesOnlyWhatARecordedApplyDeclaredAndForceGoesPastMaxDeletions() throws IOException {
        String policy = """
                kind: EscalationPolicy
                name: Ann first
                rules: [{escalation_delay: 30m, targets: [{user: ann@example.com}]}]
                """;
        Path repo = repo(policy + "---\nkind: Service\nname: Kept\nescalation_policy: Ann first\n"
                + "---\nkind: Service\nname: Retired\nescalation_policy: Ann first\n");
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\nsync: {prune: true, max_deletions: 0}\n");
        Path inventory = temp.resolve("inventory.tsv");
        assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), repo.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(inventory)).contains("Service\tRetired\tobjects.yaml\n");
        Files.writeString(repo.resolve("objects.yaml"), policy + "---\nkind: Service\nname: Kept\nescalation_policy: Ann first\n");

        run("plan", repo.toString());
        assertThat(out).contains("No changes").contains("prune is off for this run");

        assertThat(run("apply", "--auto-approve", "--prune-from", inventory.toString(), repo.toString()))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("the plan is refused (the plan deletes 1 objects, more than max_deletions (0)");
        assertThat(run("apply", "--auto-approve", "--force", "--prune-from", inventory.toString(), repo.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(out).contains("ok       delete Service `Retired`");
        assertThat(run("drift", "--format", "json", repo.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out).doesNotContain("Retired");
    }

    @Test
    void pruneFromResetsTheEventRulesOfAServiceThatNoLongerDeclaresThem() throws IOException {
        String service = """
                kind: EscalationPolicy
                name: Ann first
                rules: [{escalation_delay: 30m, targets: [{user: ann@example.com}]}]
                ---
                kind: Service
                name: Mail DB
                escalation_policy: Ann first
                """;
        String rules = "event_rules: [{label: Recovery, when: \"event.summary matches part 'RECOVERY'\", suppress: true}]\n";
        Path repo = repo(service + rules);
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\nsync: {prune: true}\n");
        Path inventory = temp.resolve("inventory.tsv");
        assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), repo.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(inventory)).contains("EventRules\tMail DB\tobjects.yaml\n");
        Files.writeString(repo.resolve("objects.yaml"), service);

        assertThat(run("apply", "--auto-approve", "--prune-from", inventory.toString(), "--save-inventory",
                inventory.toString(), repo.toString())).as(out + err).isEqualTo(ExitCodes.OK);

        assertThat(out).contains("reset event rules of Service `Mail DB`").contains("(no longer declared)");
        assertThat(Files.readString(inventory)).doesNotContain("EventRules");
        assertThat(run("plan", "--prune-from", inventory.toString(), repo.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("No changes");
        Files.writeString(repo.resolve("objects.yaml"), service + rules);
        run("plan", repo.toString());
        assertThat(out).as("the sandbox holds no rules any more").contains("- event_rules: 0 rules", "+ event_rules: 1 rule");
    }

    /** The inventory names the file of each object; a file left in the tree but unreadable is never taken as removed. */
    @Test
    void pruneFromNeverDeletesWhatAPresentButUnreadFileDeclared() throws IOException {
        Path repo = repo("kind: EscalationPolicy\nname: Ann first\n"
                + "rules: [{escalation_delay: 30m, targets: [{user: ann@example.com}]}]\n");
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\nsync: {prune: true}\n");
        Files.writeString(repo.resolve("retired.yaml"), "kind: Service\nname: Retired\nescalation_policy: Ann first\n");
        Path inventory = temp.resolve("inventory.tsv");
        assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), repo.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(inventory)).contains("Service\tRetired\tretired.yaml\n");

        Path outside = Files.writeString(temp.resolve("outside.yaml"), "kind: Service\nname: Retired\n");
        Files.delete(repo.resolve("retired.yaml"));
        Files.createSymbolicLink(repo.resolve("retired.yaml"), outside);

        assertThat(run("plan", "--prune-from", inventory.toString(), repo.toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(out + err).contains("retired.yaml").doesNotContain("delete Service `Retired`");

        Files.delete(repo.resolve("retired.yaml"));
        assertThat(run("plan", "--prune-from", inventory.toString(), repo.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("delete Service `Retired`").contains("(declared in retired.yaml)");
    }

    @Test
    void aMissingInventoryFileIsAClearError() {
        Path missing = temp.resolve("no-such-inventory.tsv");

        assertThat(run("plan", "--prune-from", missing.toString(), EXAMPLE)).isEqualTo(ExitCodes.ERROR);
        assertThat(err).contains("pd-gitops: --prune-from: no inventory file at " + missing);
    }

    /** The summary of the example's plan against the fresh sandbox, as the JSON format counts it. */
    private JsonNode planSummary() throws IOException {
        assertThat(run("plan", "--format", "json", EXAMPLE)).isEqualTo(ExitCodes.OK);
        return new ObjectMapper().readTree(out).path("summary");
    }

    private static int steps(JsonNode summary) {
        return summary.path("create").asInt() + summary.path("update").asInt() + summary.path("delete").asInt();
    }

    private Path repo(String objects) throws IOException {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("objects.yaml"), objects);
        Files.writeString(repo.resolve("pd-gitops.yaml"), "exclude: [sandbox-seed.yaml]\n");
        Files.writeString(repo.resolve("sandbox-seed.yaml"),
                "users:\n  - {name: Ann, email: ann@example.com, time_zone: Asia/Tokyo, role: user}\n");
        return repo;
    }

    @Test
    void anApplyWhileAnotherHoldsTheSameInventoryWritesNothing() throws IOException {
        Path inventory = temp.resolve("inventory.tsv");
        run("plan", EXAMPLE);
        String planBefore = withoutIds(out);

        try (WriterLock otherApply = WriterLock.beside(inventory, "the inventory " + inventory)) {
            assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), EXAMPLE))
                    .isEqualTo(ExitCodes.ERROR);
            assertThat(err).contains("the inventory " + inventory + " is in use by another pd-gitops")
                    .contains("pid " + ProcessHandle.current().pid()).contains("nothing was done");
        }

        assertThat(inventory).doesNotExist();
        run("plan", EXAMPLE);
        assertThat(withoutIds(out)).as("the sandbox was not written to").isEqualTo(planBefore);
        assertThat(run("apply", "--auto-approve", "--save-inventory", inventory.toString(), EXAMPLE))
                .as("once the other apply has finished").isEqualTo(ExitCodes.OK);
        assertThat(inventory).exists();
    }

    /**
     * A plan with the ids of the sandbox's seeded objects left out (a sandbox not yet written to seeds anew) and the
     * on-call hours too, which count from now and so change when a minute passes between two plans ("+306h"
     * becomes "+305h59m").
     */
    private static String withoutIds(String plan) {
        return plan.replaceAll(" \\[P[0-9A-Z]+\\]", "").replaceAll("[+-]\\d+[hm](\\d+m)?", "<hours>");
    }

    private int run(String... args) {
        CliRun run = CliRun.of(state, args);
        out = run.out();
        err = run.err();
        return run.exit();
    }
}
