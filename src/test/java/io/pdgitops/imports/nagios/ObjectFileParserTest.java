package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectFileParserTest {

    private final List<NagiosProblem> problems = new ArrayList<>();

    @Test
    void readsValuesWithoutCommentsAndJoinsContinuedLines() {
        List<Definition> definitions = ObjectFileParser.parse("hosts.cfg", """
                # a comment line
                ; another one
                define host{
                    host_name   web-01      ; inline comment
                    alias       Shop \\; front end
                    hostgroups  web,\\
                                shop
                    # a comment inside a block
                }
                define   Service   {
                    service_description  Disk /
                }
                """, problems);

        assertThat(problems).isEmpty();
        assertThat(definitions).hasSize(2);
        Definition host = definitions.get(0);
        assertThat(host.type()).isEqualTo("host");
        assertThat(host.value("host_name")).contains("web-01");
        assertThat(host.value("alias")).contains("Shop ; front end");
        assertThat(host.value("hostgroups")).contains("web,                shop");
        assertThat(host.location()).hasToString("hosts.cfg:3");
        assertThat(host.locationOf("hostgroups")).hasToString("hosts.cfg:6");
        assertThat(definitions.get(1).type()).isEqualTo("service");
        assertThat(definitions.get(1).value("service_description")).contains("Disk /");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("define host {\n    host_name a\n", List.of(
                        "f.cfg:1: define host is not terminated: `}` missing before the end of the file")),
                Arguments.of("define host {\n    host_name a\ndefine host {\n    host_name b\n}\n", List.of(
                        "f.cfg:1: define host has no closing `}` before the next define at line 3")),
                Arguments.of("define host\n{\n    host_name a\n}\n", List.of(
                        "f.cfg:1: `define host` must be followed by `{` at the end of the same line")),
                Arguments.of("define hots {\n    host_name a\n}\n", List.of("f.cfg:1: unknown object type `hots`;"
                        + " Nagios knows command, contact, contactgroup, host, hostdependency, hostescalation,"
                        + " hostextinfo, hostgroup, module, service, servicedependency, serviceescalation,"
                        + " serviceextinfo, servicegroup, timeperiod")),
                Arguments.of("host_name a\n", List.of("f.cfg:1: `host_name a` is outside any define block")),
                Arguments.of("define host {\n    host_name a\n    alias\n}\n", List.of(
                        "f.cfg:3: `alias` has no value")));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void reportsWhatIsWrongWithFileAndLine(String text, List<String> expected) {
        ObjectFileParser.parse("f.cfg", text, problems);

        assertThat(problems).map(NagiosProblem::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void anAttributeSetTwiceKeepsTheLastValueAsNagiosDoes() {
        List<Definition> definitions = ObjectFileParser.parse("f.cfg",
                "define host {\n    host_name a\n    alias first\n    alias second\n}\n", problems);

        assertThat(problems).isEmpty();
        assertThat(definitions.get(0).value("alias")).contains("second");
        assertThat(definitions.get(0).locationOf("alias")).hasToString("f.cfg:4");
    }

    @Test
    void timePeriodDateExceptionsAreEntriesOfTheirOwnBesideTheirWeekday() {
        List<Definition> definitions = ObjectFileParser.parse("timeperiods.cfg", """
                define timeperiod {
                    timeperiod_name  jp-business
                    alias            Japanese business hours
                    monday           09:00-12:00,13:00-18:00
                    monday -1 may    00:00-00:00     ; a holiday on the last Monday of May
                    monday 3 july    00:00-24:00
                    january 1        00:00-24:00
                    2026-05-03 - 2026-05-06 00:00-24:00
                    day 15           09:00 - 17:00
                    december 31
                }
                """, problems);

        assertThat(problems).isEmpty();
        Definition period = definitions.get(0);
        assertThat(period.attributes().keySet()).containsExactly("timeperiod_name", "alias", "monday",
                "monday -1 may", "monday 3 july", "january 1", "2026-05-03 - 2026-05-06", "day 15", "december 31");
        assertThat(period.value("monday")).contains("09:00-12:00,13:00-18:00");
        assertThat(period.value("day 15")).contains("09:00-17:00");
        assertThat(period.value("december 31")).contains("");
        assertThat(period.locationOf("monday -1 may")).hasToString("timeperiods.cfg:5");
    }

    @Test
    void includeLinesBetweenDefinesAreNotProblems() {
        List<Definition> definitions = ObjectFileParser.parse("f.cfg",
                "include_file=more.cfg\ninclude_dir=conf.d\ndefine host {\n    host_name a\n}\n", problems);

        assertThat(problems).isEmpty();
        assertThat(definitions).hasSize(1);
    }

    @Test
    void aBrokenBlockIsDroppedAndTheNextOneStillRead() {
        List<Definition> definitions = ObjectFileParser.parse("f.cfg",
                "define hots {\n    host_name a\n}\ndefine host {\n    host_name b\n}\n", problems);

        assertThat(definitions).extracting(d -> d.value("host_name").orElseThrow()).containsExactly("b");
    }
}
