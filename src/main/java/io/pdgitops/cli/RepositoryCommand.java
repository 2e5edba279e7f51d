package io.pdgitops.cli;

import io.pdgitops.model.DisplayText;
import io.pdgitops.load.LoadResult;
import io.pdgitops.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that plans a repository against PagerDuty first; an invalid repository ends it with exit code 1. */
abstract class RepositoryCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        Optional<PlanSession.Prepared> prepared = PlanSession.prepare(options, spec, this::invalid);
        if (prepared.isEmpty()) {
            return ExitCodes.INVALID;
        }
        int exit;
        PagerDutyTarget target = prepared.get().target();
        try (target) {
            exit = run(prepared.get());
        }
        out().flush();
        err().flush();
        return exit;
    }

    abstract int run(PlanSession.Prepared prepared) throws IOException;

    /**
     * Exit code 1 with the refusal when declared objects match several live ones: like an invalid repository, it
     * needs a person to choose before anything can be planned or applied. Empty when nothing is ambiguous.
     */
    Optional<Integer> ambiguous(Plan plan) {
        if (plan.ambiguous().isEmpty()) {
            return Optional.empty();
        }
        err().println("pd-gitops: " + DisplayText.escape(plan.refusal().orElse(plan.ambiguous().size()
                + " ambiguous objects")) + "; nothing was applied");
        return Optional.of(ExitCodes.INVALID);
    }

    /** Called when the repository does not validate, after its errors are printed. */
    void invalid(LoadResult loaded) throws IOException {
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
