package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's summary quotes names from the imported tool: one with a forged line or an escape stays escaped. */
class ImportControlCharactersTest {

    private static final String FORGED = "2026-12-04 10:00:00,000 INFO  [io.pdgitops] import complete";

    @Test
    void anUnmappedSensuCheckWithAHostileNameIsListedEscaped(@TempDir Path temp) throws Exception {
        Path repo = temp.resolve("repo");
        NagiosImportCommandTest.copy(Path.of("example-repo"), repo);
        Path dump = temp.resolve("dump.yaml");
        String hostile = "\"keepalive\\e[2J\\n" + FORGED + "\"";
        Files.writeString(dump, Files.readString(SensuImportCommandTest.DUMP).replace("name: keepalive-audit",
                "name: " + hostile));
        CapturedCli cli = new CapturedCli();

        int exit = cli.run("import", "sensu", "--dry-run", "--dump", dump.toString(), "--repo", repo.toString(),
                "--policy", "MSP Standard 24x7", "--exclude", "proxy", "--into", "services/sensu");

        String output = cli.out.toString() + cli.err;
        assertThat(exit).as(output).isEqualTo(ExitCodes.OK);
        assertThat(output.chars().filter(c -> c != '\n' && Character.isISOControl(c))).as(output).isEmpty();
        assertThat(output.lines()).noneMatch(line -> line.startsWith(FORGED));
        assertThat(output).contains("keepalive\\u001b[2J\\n" + FORGED);
    }
}
