package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.FieldPath;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.validate.ViolationCode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlFileParserTest {

    private static final String FILE = "ep/primary.yaml";

    private final YamlFileParser parser = new YamlFileParser(LoadLimits.defaults());

    @Test
    void everyFieldAndListItemKeepsItsLineAndColumn() {
        String text = """
                # leading comment
                kind: EscalationPolicy
                name: Primary
                rules:
                  - escalation_delay: 30m
                    targets:
                      - {schedule: Day}
                      - user: lead@example.com
                """;

        ParsedFile parsed = parser.parse("ep/primary.yaml", text);

        assertThat(parsed.violations()).isEmpty();
        var origin = parsed.documents().get(0).origin();
        assertThat(origin.location()).isEqualTo(new SourceLocation("ep/primary.yaml", 2, 1));
        // a scalar field points at its value, its key stays known for errors about the key itself
        assertThat(origin.locationOf(FieldPath.of("name"))).isEqualTo(at(text, "Primary", 0));
        assertThat(origin.keyLocationOf(FieldPath.of("name"))).isEqualTo(at(text, "name", 0));
        assertThat(origin.locationOf(FieldPath.of("rules", 0))).isEqualTo(at(text, "escalation_delay", 0));
        assertThat(origin.locationOf(FieldPath.of("rules", 0, "targets", 0, "schedule"))).isEqualTo(at(text, "Day", 0));
        assertThat(origin.locationOf(FieldPath.of("rules", 0, "targets", 1, "user"))).isEqualTo(at(text, "lead@", 0));
        // a mapping or list is pointed at through its key, where a missing field is looked for
        assertThat(origin.locationOf(FieldPath.of("rules", 0, "targets"))).isEqualTo(at(text, "targets", 0));
        // a field that is not there resolves to its closest declared parent
        assertThat(origin.locationOf(FieldPath.of("rules", 0, "targets", 1, "missing")))
                .isEqualTo(origin.locationOf(FieldPath.of("rules", 0, "targets", 1)));
    }

    @Test
    void flowSequenceItemsAndQuotedValuesPointAtTheirFirstCharacter() {
        String text = "kind: Service\nname: \"API\"\nteams: [Ops, 'Web team']\nescalation_policy: {name: Primary}\n";

        var origin = parser.parse(FILE, text).documents().get(0).origin();

        assertThat(origin.locationOf(FieldPath.of("name"))).isEqualTo(at(text, "\"API\"", 0));
        assertThat(origin.locationOf(FieldPath.of("teams", 0))).isEqualTo(at(text, "Ops", 0));
        assertThat(origin.locationOf(FieldPath.of("teams", 1))).isEqualTo(at(text, "'Web team'", 0));
        assertThat(origin.locationOf(FieldPath.of("escalation_policy", "name"))).isEqualTo(at(text, "Primary", 0));
        assertThat(origin.keyLocationOf(FieldPath.of("escalation_policy", "name"))).isEqualTo(at(text, "name", 1));
    }

    @Test
    void aValueOnTheNextLineOrSpanningLinesPointsAtWhereItStarts() {
        String text = "kind: Team\nname:\n  Platform\ndescription: >-\n  runs the\n  platform\nparent: \"Infra\n  Group\"\n";

        var origin = parser.parse(FILE, text).documents().get(0).origin();

        assertThat(origin.locationOf(FieldPath.of("name"))).isEqualTo(at(text, "Platform", 0));
        assertThat(origin.locationOf(FieldPath.of("description"))).isEqualTo(at(text, ">-", 0));
        assertThat(origin.locationOf(FieldPath.of("parent"))).isEqualTo(at(text, "\"Infra", 0));
    }

    @Test
    void anAliasPointsAtItsUseNotAtTheAnchor() {
        String text = "kind: Service\nname: &n API\ndescription: *n\nteams: [*n, Ops, *n]\n";

        var origin = parser.parse(FILE, text).documents().get(0).origin();

        assertThat(origin.locationOf(FieldPath.of("name"))).isEqualTo(at(text, "&n", 0));
        assertThat(origin.locationOf(FieldPath.of("description"))).isEqualTo(at(text, "*n", 0));
        assertThat(origin.locationOf(FieldPath.of("teams", 0))).isEqualTo(at(text, "*n", 1));
        assertThat(origin.locationOf(FieldPath.of("teams", 1))).isEqualTo(at(text, "Ops", 0));
        assertThat(origin.locationOf(FieldPath.of("teams", 2))).isEqualTo(at(text, "*n", 2));
    }

    @Test
    void aliasesInsideAnExpandedAliasDoNotShiftTheLaterOnes() {
        String text = "kind: Team\nname: &n Ops\nx: &m {a: *n}\ny: *m\ndescription: *n\n";

        var origin = parser.parse(FILE, text).documents().get(0).origin();

        assertThat(origin.locationOf(FieldPath.of("x", "a"))).isEqualTo(at(text, "*n", 0));
        assertThat(origin.locationOf(FieldPath.of("description"))).isEqualTo(at(text, "*n", 1));
    }

    /** The position of the {@code nth} (0-based) occurrence of {@code needle} in {@code text}. */
    private static SourceLocation at(String text, String needle, int nth) {
        int offset = -1;
        for (int i = 0; i <= nth; i++) {
            offset = text.indexOf(needle, offset + 1);
        }
        assertThat(offset).as("`%s` occurs %d times", needle, nth + 1).isNotNegative();
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new SourceLocation(FILE, line, offset - lineStart + 1);
    }

    @Test
    void multiDocumentFilesKeepDocumentIndexesAndStartLinesAndSkipEmptyDocuments() {
        String text = "kind: Team\nname: A\n---\n# nothing here\n---\nkind: Team\nname: B\n...\n---\nkind: Team\nname: C\n";

        ParsedFile parsed = parser.parse("teams.yaml", text);

        assertThat(parsed.violations()).isEmpty();
        assertThat(parsed.documentCount()).isEqualTo(3);
        assertThat(parsed.documents()).extracting(d -> d.tree().get("name").asText()).containsExactly("A", "B", "C");
        assertThat(parsed.documents()).extracting(YamlDocument::index).containsExactly(0, 2, 3);
        assertThat(parsed.documents()).extracting(d -> d.origin().location().line()).containsExactly(1, 6, 10);
    }

    @Test
    void scalarsFollowTheYaml12CoreSchema() {
        String text = "a: yes\nb: true\nc: 0x1F\nd: 0o17\ne: ~\nf: '42'\ng: 1.5\nh: 12345678901234567890\ni: 2026-01-05\n";

        var tree = parser.parse("s.yaml", text).documents().get(0).tree();

        assertThat(tree.get("a").isTextual()).isTrue(); // YAML 1.1's "yes" is a string in 1.2
        assertThat(tree.get("b").booleanValue()).isTrue();
        assertThat(tree.get("c").longValue()).isEqualTo(31);
        assertThat(tree.get("d").longValue()).isEqualTo(15);
        assertThat(tree.get("e").isNull()).isTrue();
        assertThat(tree.get("f").textValue()).isEqualTo("42");
        assertThat(tree.get("g").doubleValue()).isEqualTo(1.5);
        assertThat(tree.get("h").bigIntegerValue().toString()).isEqualTo("12345678901234567890");
        assertThat(tree.get("i").textValue()).isEqualTo("2026-01-05");
    }

    @Test
    void documentsBeforeASyntaxErrorAreKept() {
        ParsedFile parsed = parser.parse("f.yaml", "kind: Team\nname: A\n---\nkind: Team\nname: [B\n");

        assertThat(parsed.documents()).hasSize(1);
        assertThat(parsed.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.YAML_SYNTAX);
            assertThat(v.location().line()).isEqualTo(6);
        });
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void hostileNestingIsRefusedQuicklyWithoutOverflowingTheStack() {
        String deep = "a: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";

        ParsedFile parsed = parser.parse("deep.yaml", deep);

        assertThat(parsed.violations()).singleElement().extracting(v -> v.code()).isEqualTo(ViolationCode.NESTING_TOO_DEEP);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void anAliasBombWithinTheAliasCountIsStoppedByTheExpansionLimit() {
        StringBuilder bomb = new StringBuilder("kind: Team\nname: Bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }

        ParsedFile parsed = new YamlFileParser(new LoadLimits(1 << 20, 1000, 64, 10_000, 10)).parse("bomb.yaml", bomb.toString());

        assertThat(parsed.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.TOO_MANY_ALIASES);
            assertThat(v.message()).contains("expand to more than 10000 values");
        });
    }

    @Test
    void aliasesWithinTheLimitsAreExpanded() {
        ParsedFile parsed = parser.parse("a.yaml", "kind: Team\nname: &n Ops\ndescription: *n\n");

        assertThat(parsed.violations()).isEmpty();
        assertThat(parsed.documents().get(0).tree().get("description").asText()).isEqualTo("Ops");
    }
}
