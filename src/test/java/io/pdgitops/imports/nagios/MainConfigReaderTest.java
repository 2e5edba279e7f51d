package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainConfigReaderTest {

    @TempDir
    Path dir;

    private final List<NagiosProblem> problems = new ArrayList<>();

    @Test
    void readsNamedFilesAndCfgFilesBelowFoldersOnceEachInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("conf.d/b"));
        Files.writeString(dir.resolve("conf.d/b/z.cfg"), "z");
        Files.writeString(dir.resolve("conf.d/a.cfg"), "a");
        Files.writeString(dir.resolve("conf.d/notes.txt"), "not read");
        Files.writeString(dir.resolve("nagios.cfg"), """
                cfg_file=conf.d/a.cfg   ; read once, though the folder holds it too
                cfg_dir=conf.d
                cfg_dir=gone
                cfg_file=missing.cfg
                """);

        List<NagiosSource> sources = MainConfigReader.read(dir.resolve("nagios.cfg"), StandardCharsets.UTF_8, problems);

        assertThat(sources).extracting(NagiosSource::label)
                .containsExactly("conf.d/a.cfg", "conf.d/b/z.cfg");
        assertThat(problems).map(NagiosProblem::toString).containsExactly(
                "nagios.cfg:3: cfg_dir " + dir.resolve("gone") + " is not a directory",
                "nagios.cfg:4: no such file: " + dir.resolve("missing.cfg"));
    }

    @Test
    void followsIncludeLinesOfObjectFilesRelativeToTheMainFolder() throws IOException {
        Files.createDirectories(dir.resolve("extra/deeper"));
        Files.writeString(dir.resolve("objects.cfg"), "include_file=extra/one.cfg\ninclude_dir=extra/deeper\n");
        Files.writeString(dir.resolve("extra/one.cfg"), "one");
        Files.writeString(dir.resolve("extra/deeper/two.cfg"), "two");
        Files.writeString(dir.resolve("nagios.cfg"), "cfg_file=objects.cfg\n");

        List<NagiosSource> sources = MainConfigReader.read(dir.resolve("nagios.cfg"), StandardCharsets.UTF_8, problems);

        assertThat(problems).isEmpty();
        assertThat(sources).extracting(NagiosSource::label)
                .containsExactly("objects.cfg", "extra/one.cfg", "extra/deeper/two.cfg");
    }

    @Test
    void bytesInvalidInTheEncodingAreAProblemAtTheirLineNamingTheOption() throws IOException {
        String japanese = "define host {\n    host_name tokyo-01\n    alias \u6771\u4eac\u30b5\u30fc\u30d0\n}\n";
        Files.write(dir.resolve("hosts.cfg"), japanese.getBytes(Charset.forName("Shift_JIS")));
        Files.writeString(dir.resolve("nagios.cfg"), "cfg_file=hosts.cfg\n");

        List<NagiosSource> utf8 = MainConfigReader.read(dir.resolve("nagios.cfg"), StandardCharsets.UTF_8, problems);

        assertThat(utf8).isEmpty();
        assertThat(problems).singleElement().asString()
                .startsWith("hosts.cfg:3: not valid UTF-8 (byte 0x")
                .contains("--encoding");

        problems.clear();
        List<NagiosSource> sjis = MainConfigReader.read(dir.resolve("nagios.cfg"), Charset.forName("Shift_JIS"),
                problems);

        assertThat(problems).isEmpty();
        assertThat(sjis).singleElement().extracting(NagiosSource::text).isEqualTo(japanese);
    }
}
