package io.pdgitops.imports.sensu;

import java.util.List;
import java.util.stream.Collectors;

/** The dump cannot be imported; every problem found is listed, each with its file and line. */
public final class SensuDumpException extends Exception {

    private final transient List<SensuProblem> problems;

    public SensuDumpException(List<SensuProblem> problems) {
        super(problems.stream().map(SensuProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SensuProblem> problems() {
        return problems;
    }
}
