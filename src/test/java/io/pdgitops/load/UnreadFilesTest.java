package io.pdgitops.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdgitops.model.SourceLocation;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision is read whole or it is invalid: every file found but not read is an error naming the file. */
class UnreadFilesTest {

    private static final String TEAM = "kind: Team\nname: Ops\n";

    @TempDir
    Path repo;

    @Test
    void entriesLeftOutOfACopyAreErrorsWithTheirFileAndReason() throws IOException {
        write("teams.yaml", TEAM);
        UnreadFile escaping = new UnreadFile("services/payments.yaml", ViolationCode.SYMLINK_ESCAPES_REPO,
                "symbolic link to '../../elsewhere.yaml' points outside the sub-path, not followed");

        LoadResult result = ConfigLoader.defaults().read(repo, List.of(escaping));

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).containsExactly(Violation.error(escaping.code(),
                SourceLocation.startOf(escaping.path()), escaping.reason()));
        assertThat(result.state().teams()).hasSize(1);
    }

    @Test
    void leftOutEntriesThatWouldNotBeReadAnywayAreNoErrors() throws IOException {
        write("pd-gitops.yaml", "exclude: ['drafts/**']\n");
        write("teams.yaml", TEAM);
        List<UnreadFile> leftOut = List.of(
                new UnreadFile("drafts/old.yaml", ViolationCode.FILE_TOO_LARGE, "too large"),
                new UnreadFile(".github/big.yaml", ViolationCode.FILE_TOO_LARGE, "too large"),
                new UnreadFile("docs/diagram.png", ViolationCode.FILE_TOO_LARGE, "too large"));

        LoadResult result = ConfigLoader.defaults().read(repo, leftOut);

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void aLeftOutSettingsFileIsAnErrorBecauseItsDefaultsWouldDifferSilently() throws IOException {
        write("teams.yaml", TEAM);
        UnreadFile settings = new UnreadFile("pd-gitops.yaml", ViolationCode.SYMLINK_ESCAPES_REPO, "outside");

        LoadResult result = ConfigLoader.defaults().read(repo, List.of(settings));

        assertThat(result.violations()).extracting(v -> v.location().file()).containsExactly("pd-gitops.yaml");
    }

    @Test
    void moreFilesThanTheLimitMakeTheWholeFolderInvalid() throws IOException {
        int files = 5;
        for (int i = 0; i < files; i++) {
            write("teams/t" + i + ".yaml", "kind: Team\nname: Team " + i + "\n");
        }

        LoadResult within = new ConfigLoader(LoadLimits.defaults().withMaxFiles(files)).read(repo);
        LoadResult over = new ConfigLoader(LoadLimits.defaults().withMaxFiles(files - 1)).read(repo);

        assertThat(within.violations()).isEmpty();
        assertThat(over.violations()).filteredOn(Violation::isError)
                .extracting(v -> v.code(), v -> v.location().file())
                .contains(tuple(ViolationCode.TOO_MANY_FILES, UnreadFile.WHOLE_FOLDER));
    }

    @Test
    void aLinkToAFolderIsAnErrorNotASilentGap() throws IOException {
        write("real/teams.yaml", TEAM);
        Files.createSymbolicLink(repo.resolve("linked.yaml"), repo.resolve("real"));

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).extracting(v -> v.code(), v -> v.location().file())
                .containsExactly(tuple(ViolationCode.UNREADABLE_FILE, "linked.yaml"));
    }

    @Test
    void aSpecialFileIsAnError() throws IOException, InterruptedException {
        Path fifo = repo.resolve("pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is missing (Debian package coreutils)");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.UNREADABLE_FILE);
            assertThat(v.location().file()).isEqualTo("pipe.yaml");
            assertThat(v.message()).contains("not a regular file");
        });
    }

    @Test
    void utf16IsNamedNotCalledBinary() throws IOException {
        Files.write(repo.resolve("be.yaml"), TEAM.getBytes(StandardCharsets.UTF_16)); // Java writes a big-endian BOM
        Files.write(repo.resolve("plain-le.yaml"), TEAM.getBytes(StandardCharsets.UTF_16LE));
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = TEAM.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        Files.write(repo.resolve("bom-le.yaml"), withBom);

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).extracting(v -> v.location().file(), Violation::code, Violation::message)
                .containsExactly(
                        tuple("be.yaml", ViolationCode.UNSUPPORTED_ENCODING,
                                "file is UTF-16 (big-endian) text; save it as UTF-8"),
                        tuple("bom-le.yaml", ViolationCode.UNSUPPORTED_ENCODING,
                                "file is UTF-16 (little-endian) text; save it as UTF-8"),
                        tuple("plain-le.yaml", ViolationCode.UNSUPPORTED_ENCODING,
                                "file is UTF-16 (little-endian) text; save it as UTF-8"));
    }

    @Test
    void binaryDataWithScatteredZeroesIsStillBinary() throws IOException {
        Files.write(repo.resolve("blob.yaml"), new byte[] {'k', 'i', 0, 'n', 'd', 0, 0, 1, 2, 3});

        LoadResult result = ConfigLoader.load(repo);

        assertThat(result.violations()).extracting(Violation::code).containsExactly(ViolationCode.BINARY_FILE);
    }

    private void write(String file, String text) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
