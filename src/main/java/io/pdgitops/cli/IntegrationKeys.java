package io.pdgitops.cli;

import io.pdgitops.apply.IntegrationSecret;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Where the keys of new integrations go: nowhere unless asked, because they are secrets. {@code --show-secrets}
 * prints them; {@code --keys-file} writes them to a file only its owner can read.
 */
final class IntegrationKeys {

    private IntegrationKeys() {
    }

    static void print(List<IntegrationSecret> secrets, PrintWriter out) {
        out.println("Integration keys (secrets: configure them on the monitoring hosts, do not share them):");
        secrets.forEach(secret -> out.println("  " + secret.service() + " / " + secret.integration() + ": " + secret.key()));
    }

    static void write(List<IntegrationSecret> secrets, Path file) throws IOException {
        StringBuilder text = new StringBuilder("# service\tintegration\tintegration_key\n");
        secrets.forEach(secret -> text.append(secret.service()).append('\t').append(secret.integration()).append('\t')
                .append(secret.key()).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".keys", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    static String withheld(int count) {
        return count + " new integration key" + (count == 1 ? " is" : "s are")
                + " not shown: pass --show-secrets to print them or --keys-file FILE to save them (mode 0600)";
    }
}
