package io.pdgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to hurt the reader, at full size, in one configuration folder: 10,000-deep nesting, an alias bomb of
 * ten billion values, binary data, invalid UTF-8, a duplicate key and a 50 MB file. {@code validate} names each with
 * its file and line and exits 1, and the whole run allocates far less than the folder holds.
 */
class HostileFilesTest {

    private static final int DEPTH = 10_000;
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    /** What the issue allowed a run of these files: about 100 MB. */
    private static final long ALLOCATION_BOUND = 100L * 1024 * 1024;

    private final CapturedCli cli = new CapturedCli();

    /** Written once for both tests: the 50 MB file is the slow part. */
    @TempDir
    static Path repo;

    @BeforeAll
    static void writeTheFiles() throws IOException {
        Files.writeString(repo.resolve("deep.yaml"), "kind: Service\nname: Deep\nx: " + "[".repeat(DEPTH)
                + "]".repeat(DEPTH) + "\n");
        StringBuilder bomb = new StringBuilder("kind: Service\nname: Bomb\na0: &a0 [" + tenOf("x") + "]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("a").append(level).append(": &a").append(level).append(" [").append(tenOf("*a" + (level - 1)))
                    .append("]\n");
        }
        Files.writeString(repo.resolve("bomb.yaml"), bomb);
        Files.write(repo.resolve("blob.yaml"), concat("kind: Service\n", new byte[] {0, 1, 2, (byte) 0xff, 0}));
        Files.write(repo.resolve("latin.yaml"), concat("kind: Service\nname: Caf", new byte[] {(byte) 0xc3, '(', '\n'}));
        Files.writeString(repo.resolve("twice.yaml"), "kind: Service\nname: One\nname: Two\nescalation_policy: X\n");
        try (OutputStream big = Files.newOutputStream(repo.resolve("big.yaml"))) {
            big.write("kind: Service\nname: Big\ndescription: ".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (long written = 0; written < FIFTY_MB; written += block.length) {
                big.write(block);
            }
        }
    }

    @Test
    void eachIsAnErrorWithItsFileAndLineAndTheRunExitsOne() {
        int exit = cli.run("validate", repo.toString());

        String out = cli.out.toString();
        assertThat(exit).as(out).isEqualTo(ExitCodes.INVALID);
        assertThat(out).containsPattern("(?m)^deep\\.yaml:3:\\d+: error nesting-too-deep ")
                .containsPattern("(?m)^bomb\\.yaml:\\d+:\\d+: error too-many-aliases ")
                .containsPattern("(?m)^blob\\.yaml:2:\\d+: error binary-file ")
                .containsPattern("(?m)^latin\\.yaml:2:\\d+: error invalid-utf8 ")
                .containsPattern("(?m)^twice\\.yaml:3:\\d+: error duplicate-key duplicate key `name` \\(first at line 2\\)")
                .containsPattern("(?m)^big\\.yaml:1:1: error file-too-large ");
    }

    @Test
    void theRunAllocatesFarLessThanTheFolderHolds() throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long folderBytes;
        try (var files = Files.list(repo)) {
            folderBytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        cli.run("validate", repo.toString()); // classes loaded and caches filled once, so they are not counted

        long before = threads.getCurrentThreadAllocatedBytes();
        int exit = cli.run("validate", repo.toString());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        System.out.println("validate of a folder of " + folderBytes + " bytes allocated " + allocated + " bytes");
        assertThat(exit).isEqualTo(ExitCodes.INVALID);
        assertThat(allocated).as("bytes allocated validating a folder of %d bytes", folderBytes)
                .isLessThan(ALLOCATION_BOUND).isLessThan(folderBytes / 2);
    }

    private static String tenOf(String item) {
        return String.join(", ", Collections.nCopies(10, item));
    }

    private static byte[] concat(String text, byte[] bytes) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        return all;
    }
}
