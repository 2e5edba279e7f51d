package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        Files.write(dir.resolve("conf.d/latin1.cfg"), "alias caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("nagios.cfg"), """
                cfg_file=conf.d/a.cfg   ; read once, though the folder holds it too
                cfg_dir=conf.d
                cfg_dir=gone
                cfg_file=missing.cfg
                """);

        List<NagiosSource> sources = MainConfigReader.read(dir.resolve("nagios.cfg"), problems);

        assertThat(sources).extracting(NagiosSource::label)
                .containsExactly("conf.d/a.cfg", "conf.d/b/z.cfg", "conf.d/latin1.cfg");
        assertThat(sources.get(2).text()).isEqualTo("alias caf\u00e9");
        assertThat(problems).map(NagiosProblem::toString).containsExactly(
                "nagios.cfg:3: cfg_dir " + dir.resolve("gone") + " is not a directory",
                "nagios.cfg:4: no such file: " + dir.resolve("missing.cfg"));
    }
}
