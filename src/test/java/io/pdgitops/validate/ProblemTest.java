package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pdgitops.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTest {

    @Test
    void aFileProblemIsShownAtItsFileAndLine() {
        Problem problem = Problem.inFile("teams/ops.yaml", 7, "name is empty");

        assertThat(problem.where()).isEqualTo("teams/ops.yaml:7");
        assertThat(problem).hasToString("teams/ops.yaml:7: name is empty");
        assertThat(Problem.inFile("teams/ops.yaml", 0, "unreadable").where()).isEqualTo("teams/ops.yaml");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemSource.class, names = "FILE", mode = EnumSource.Mode.EXCLUDE)
    void aRefusalNamesItsSourceAndNoFile(ProblemSource source) {
        Problem problem = Problem.from(source, "stopped");

        assertThat(problem.file()).isNull();
        assertThat(problem.pointsAtFile()).isFalse();
        assertThat(problem).hasToString(source.name().toLowerCase() + ": stopped");
    }

    @Test
    void onlyAFileProblemNamesAFile() {
        assertThatThrownBy(() -> new Problem(ProblemSource.GIT, "(git)", 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem(ProblemSource.FILE, null, 0, "x"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void historyWrittenWithPseudoFileNamesReadsBackWithItsSource() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (ProblemSource source : ProblemSource.values()) {
            String file = source == ProblemSource.FILE ? "services/a.yaml" : "(" + source.label() + ")";
            Problem read = json.readValue("{\"file\":\"" + file + "\",\"line\":0,\"message\":\"m\"}", Problem.class);

            assertThat(read.source()).isEqualTo(source);
            assertThat(read.file()).isEqualTo(source == ProblemSource.FILE ? file : null);
        }
    }

    @Test
    void aProblemSurvivesAJsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Problem problem = Problem.from(ProblemSource.PAGERDUTY, "401 Unauthorized");

        assertThat(json.readValue(json.writeValueAsString(problem), Problem.class)).isEqualTo(problem);
    }

    @Test
    void onlyErrorsBecomeProblems() {
        SourceLocation at = SourceLocation.startOf("services/a.yaml");
        Violation error = Violation.error(ViolationCode.values()[0], at, "broken");
        Violation warning = new Violation(Severity.WARNING, ViolationCode.values()[0], at, "odd");

        assertThat(Problem.errorsOf(List.of(error, warning)))
                .containsExactly(Problem.inFile("services/a.yaml", at.line(), "broken"));
    }
}
