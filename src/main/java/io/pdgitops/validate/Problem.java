package io.pdgitops.validate;

import java.util.List;
import java.util.Objects;

/**
 * A problem that made a sync or a check fail, as history, the API and review comments show it: a repository error at
 * a file and line, or a refusal from Git, PagerDuty or the plan, which point at no file.
 *
 * @param source where it came from
 * @param file the repository file for {@link ProblemSource#FILE}, otherwise null
 * @param line the line in {@code file}, 0 when none applies
 * @param message what is wrong
 */
public record Problem(ProblemSource source, String file, int line, String message) {

    public Problem {
        if (source == null) {
            // History written before problems had a source kept "(git)", "(pagerduty)" or "(plan)" as the file.
            source = ProblemSource.ofRecordedFile(file);
            file = source == ProblemSource.FILE ? file : null;
        }
        if (source == ProblemSource.FILE) {
            Objects.requireNonNull(file, "file");
        } else if (file != null) {
            throw new IllegalArgumentException("only a file problem names a file: " + source + " " + file);
        }
    }

    /** An error in a repository file; {@code line} 0 when the whole file is meant. */
    public static Problem inFile(String file, int line, String message) {
        return new Problem(ProblemSource.FILE, file, line, message);
    }

    /** A refusal from Git, PagerDuty or the plan. */
    public static Problem from(ProblemSource source, String message) {
        return new Problem(source, null, 0, message);
    }

    /** A repository error found while loading or validating. */
    public static Problem of(Violation violation) {
        return inFile(violation.location().file(), violation.location().line(), violation.message());
    }

    /** The errors among a repository's findings, warnings left out: what makes a revision invalid. */
    public static List<Problem> errorsOf(List<Violation> violations) {
        return violations.stream().filter(Violation::isError).map(Problem::of).toList();
    }

    public boolean pointsAtFile() {
        return source == ProblemSource.FILE;
    }

    /** {@code file:line}, {@code file}, or the source's label where there is no file. */
    public String where() {
        if (!pointsAtFile()) {
            return source.label();
        }
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
