package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.stream.Collectors;

/** The Nagios configuration cannot be imported; every problem found is listed, each with its file and line. */
public final class NagiosConfigException extends Exception {

    private final transient List<NagiosProblem> problems;

    public NagiosConfigException(List<NagiosProblem> problems) {
        super(problems.stream().map(NagiosProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<NagiosProblem> problems() {
        return problems;
    }

    /** Throws when any problem was collected, so that a run reports all of them at once. */
    static void throwIfAny(List<NagiosProblem> problems) throws NagiosConfigException {
        if (!problems.isEmpty()) {
            // A template or a multi-host define is read many times; its problem is still one problem.
            throw new NagiosConfigException(problems.stream().distinct().toList());
        }
    }
}
