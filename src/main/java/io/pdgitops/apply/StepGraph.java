package io.pdgitops.apply;

import io.pdgitops.plan.PlanStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a plan's steps on at most {@code parallelism} workers. A step starts once every earlier step it depends on
 * has finished; ready steps start in plan order; a step whose dependency did not succeed is skipped. Outcomes are
 * handed to the listener on the calling thread only, one at a time. With one worker every step runs on the calling
 * thread, strictly in plan order.
 */
final class StepGraph {

    /** How long in-flight steps get to finish when the listener stops the apply, so none writes after it returned. */
    private static final long DRAIN_SECONDS = 120;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<PlanStep> steps;
    private final List<List<Integer>> dependencies;
    private final int parallelism;

    /** @param thrown what the work threw instead of giving an outcome; it ends the run on the calling thread */
    private record Finished(int index, StepOutcome outcome, RuntimeException thrown, Error error) {
    }

    StepGraph(List<PlanStep> steps, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("apply parallelism must be at least 1, was " + parallelism);
        }
        this.steps = List.copyOf(steps);
        this.parallelism = parallelism;
        this.dependencies = earlierDependencies(this.steps);
    }

    /** @return the outcomes in plan order */
    List<StepOutcome> run(Function<PlanStep, StepOutcome> work, ApplyListener listener) {
        ExecutorService pool = parallelism == 1 ? null : Executors.newFixedThreadPool(parallelism, workerThreads());
        Executor executor = pool == null ? Runnable::run : pool;
        try {
            return run(work, listener, executor);
        } finally {
            if (pool != null) {
                drain(pool);
            }
        }
    }

    private List<StepOutcome> run(Function<PlanStep, StepOutcome> work, ApplyListener listener, Executor executor) {
        int count = steps.size();
        StepOutcome[] outcomes = new StepOutcome[count];
        boolean[] started = new boolean[count];
        BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
        int running = 0;
        int reported = 0;
        int firstUnstarted = 0;
        while (reported < count) {
            for (int i = firstUnstarted; i < count && running < parallelism; i++) {
                if (started[i] || !dependenciesFinished(i, outcomes)) {
                    continue;
                }
                started[i] = true;
                Optional<String> blocker = blocker(i, outcomes);
                if (blocker.isPresent()) {
                    outcomes[i] = StepOutcome.skipped(steps.get(i), "step " + blocker.get() + " did not succeed");
                    listener.stepFinished(outcomes[i]);
                    reported++;
                } else {
                    running++;
                    int index = i;
                    executor.execute(() -> finished.add(attempt(index, work)));
                }
            }
            while (firstUnstarted < count && started[firstUnstarted]) {
                firstUnstarted++;
            }
            if (running == 0) {
                continue;
            }
            Finished done = take(finished);
            if (done.error() != null) {
                throw done.error();
            }
            if (done.thrown() != null) {
                throw done.thrown();
            }
            running--;
            outcomes[done.index()] = done.outcome();
            listener.stepFinished(done.outcome());
            reported++;
        }
        return List.of(outcomes);
    }

    private Finished attempt(int index, Function<PlanStep, StepOutcome> work) {
        try {
            return new Finished(index, work.apply(steps.get(index)), null, null);
        } catch (RuntimeException e) {
            return new Finished(index, null, e, null);
        } catch (Error e) {
            return new Finished(index, null, null, e);
        }
    }

    private boolean dependenciesFinished(int index, StepOutcome[] outcomes) {
        return dependencies.get(index).stream().allMatch(dependency -> outcomes[dependency] != null);
    }

    /** The first dependency, in the step's own order, that did not succeed. */
    private Optional<String> blocker(int index, StepOutcome[] outcomes) {
        return dependencies.get(index).stream()
                .filter(dependency -> outcomes[dependency].status() != StepStatus.SUCCEEDED)
                .map(dependency -> steps.get(dependency).id())
                .findFirst();
    }

    /**
     * Only earlier steps count: a dependency on a later or unknown step never blocked the one-at-a-time apply
     * either, and keeping to earlier steps means the graph can never wait on itself.
     */
    private static List<List<Integer>> earlierDependencies(List<PlanStep> steps) {
        Map<String, Integer> positions = new HashMap<>();
        List<List<Integer>> dependencies = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<Integer> earlier = new ArrayList<>();
            for (String id : steps.get(i).dependsOn()) {
                Integer position = positions.get(id);
                if (position != null && !earlier.contains(position)) {
                    earlier.add(position);
                }
            }
            dependencies.add(List.copyOf(earlier));
            positions.putIfAbsent(steps.get(i).id(), i);
        }
        return List.copyOf(dependencies);
    }

    private static Finished take(BlockingQueue<Finished> finished) {
        try {
            return finished.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the apply was interrupted while steps were running", e);
        }
    }

    private static void drain(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory workerThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "pd-gitops-apply-" + pool + "-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
