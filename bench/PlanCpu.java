import io.pdgitops.apply.ApplyListener;
import io.pdgitops.apply.ApplyResult;
import io.pdgitops.apply.StepStatus;
import io.pdgitops.diff.Diff;
import io.pdgitops.diff.DiffOptions;
import io.pdgitops.live.LiveAccount;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.Plan;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.Planner;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.sandbox.Sandbox;
import io.pdgitops.sandbox.SandboxConfig;
import io.pdgitops.sandbox.SandboxInterceptor;
import io.pdgitops.sandbox.SeedLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * Plan CPU time without the network: applies DIR into an in-process sandbox (no latency, no rate limit), reads
 * the live state once, then times the pure part of a plan (diff + planner) on this thread's CPU clock.
 * Optionally writes the sandbox's state to SNAPSHOT, which {@code pd-gitops sandbox --snapshot} starts from.
 * Usage (see plan-cpu.sh): java -cp APP_CLASSPATH bench/PlanCpu.java DIR [SNAPSHOT] [RUNS]
 */
public class PlanCpu {

    private static final int UNPACED = 1_000_000;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path snapshot = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        long loadStart = cpu.getCurrentThreadCpuTime();
        LoadResult loaded = ConfigLoader.load(dir);
        long loadNanos = cpu.getCurrentThreadCpuTime() - loadStart;
        if (!loaded.isValid()) {
            System.err.println("repository is not valid: " + loaded.violations().get(0));
            System.exit(1);
        }
        DesiredState desired = loaded.state();
        Sandbox sandbox = new Sandbox(SandboxConfig.permissiveDefaults().withRateLimit(UNPACED),
                SeedLoader.load(dir.resolve("sandbox-seed.yaml")));
        PagerDutyClient client = PagerDutyClient.builder(PagerDutyClientConfig.builder("bench")
                        .baseUrl("http://sandbox.invalid").requestsPerMinute(UNPACED).build())
                .httpClient(SandboxInterceptor.inProcessClient(sandbox)).build();
        Reconciler reconciler = new Reconciler(client, Clock.systemUTC());
        PlanOptions options = PlanOptions.from(desired.settings().sync(), false);

        long applyStart = System.nanoTime();
        Reconciler.Planned initial = reconciler.plan(desired, Inventory.none(), options);
        ApplyResult applied = reconciler.apply(initial, ApplyListener.NONE);
        long applyMillis = (System.nanoTime() - applyStart) / 1_000_000;
        if (!applied.succeeded()) {
            System.err.println("the in-process apply failed: " + applied.outcomes().stream()
                    .filter(outcome -> outcome.status() != StepStatus.SUCCEEDED).findFirst().orElseThrow());
            System.exit(3);
        }
        if (snapshot != null) {
            Files.writeString(snapshot, sandbox.exportState().toString());
        }

        Instant now = Instant.now();
        long readStart = cpu.getCurrentThreadCpuTime();
        LiveAccount account = new LiveStateReader(client).read(desired, now);
        long readNanos = cpu.getCurrentThreadCpuTime() - readStart;
        long[] planNanos = new long[runs + 5];
        Plan plan = null;
        for (int i = 0; i < planNanos.length; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            Diff diff = Diff.between(desired, account.state(), new DiffOptions(now));
            plan = Planner.plan(diff, Inventory.none(), options);
            planNanos[i] = cpu.getCurrentThreadCpuTime() - start;
        }
        // The first five are warm-up: the JIT compiles the diff while they run.
        long[] measured = Arrays.copyOfRange(planNanos, 5, planNanos.length);
        Arrays.sort(measured);
        System.out.printf("objects=%d initial_plan_steps=%d inprocess_apply_ms=%d no_op_plan_changes=%s "
                        + "load_validate_cpu_ms=%d live_read_with_sandbox_cpu_ms=%d diff_plan_cpu_first_ms=%.1f "
                        + "diff_plan_cpu_median_ms=%.1f diff_plan_cpu_min_ms=%.1f%n",
                desired.objectCount(), initial.plan().steps().size(), applyMillis, plan.hasChanges(),
                loadNanos / 1_000_000, readNanos / 1_000_000, planNanos[0] / 1e6,
                measured[measured.length / 2] / 1e6, measured[0] / 1e6);
    }
}
