package io.pdgitops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void formatsAsFileLineColumnSeverityCodeMessage() {
        Violation violation = Violation.error(ViolationCode.UNKNOWN_FIELD, new SourceLocation("a/b.yaml", 3, 7), "unknown field `x`");

        assertThat(violation.format()).isEqualTo("a/b.yaml:3:7: error unknown-field unknown field `x`");
    }

    @Test
    void sortsByFileThenLineThenColumn() {
        List<Violation> violations = new ArrayList<>(List.of(
                at("b.yaml", 1, 1), at("a.yaml", 10, 1), at("a.yaml", 2, 5), at("a.yaml", 2, 1)));

        violations.sort(Violation.BY_POSITION);

        assertThat(violations).extracting(v -> v.location().toString())
                .containsExactly("a.yaml:2:1", "a.yaml:2:5", "a.yaml:10:1", "b.yaml:1:1");
    }

    @Test
    void codesAreUniqueLowerCaseWordsWithSummaries() {
        assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(Arrays.stream(ViolationCode.values()).map(ViolationCode::summary)).allMatch(s -> s.endsWith("."));
    }

    private static Violation at(String file, int line, int column) {
        return Violation.error(ViolationCode.YAML_SYNTAX, new SourceLocation(file, line, column), "m");
    }
}
