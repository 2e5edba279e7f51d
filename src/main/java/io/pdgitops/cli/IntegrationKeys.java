package io.pdgitops.cli;

import io.pdgitops.apply.IntegrationSecret;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        PrivateFile.write(file, text.toString());
    }

    static String withheld(int count) {
        return count + " new integration key" + (count == 1 ? " is" : "s are")
                + " not shown: pass --show-secrets to print them or --keys-file FILE to save them (mode 0600)";
    }
}
