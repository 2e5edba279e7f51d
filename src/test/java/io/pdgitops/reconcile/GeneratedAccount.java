package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.examples.GeneratorRun;
import io.pdgitops.model.DesiredState;
import java.nio.file.Path;

/** A repository from bench/GenerateRepo.java, and a sandbox seeded with its users, as the benchmarks use them. */
record GeneratedAccount(DesiredState desired, SandboxAccount account) {

    static GeneratedAccount of(int services, Path dir) throws Exception {
        GeneratorRun run = GeneratorRun.of(String.valueOf(services), dir.toString(), "7");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return new GeneratedAccount(SandboxAccount.load(dir),
                new SandboxAccount(SandboxAccount.seed(dir.resolve("sandbox-seed.yaml"))));
    }

    /** Calls a list read of {@code objects} objects takes: PagerDuty returns 100 a page, and one for none. */
    static long pages(long objects) {
        return Math.max(1, (objects + 99) / 100);
    }
}
