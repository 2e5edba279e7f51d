package io.pdgitops;

import io.pdgitops.cli.Cli;
import io.pdgitops.cli.Color;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * One artifact, two lives: {@code serve} boots Quarkus (HTTP, scheduler, sync loop); every other
 * command runs as a plain Java program so that a CLI run never binds a port or pays for a boot.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("serve")) {
            if (Color.refusedBy(System.getenv())) {
                // the console log colours its levels on a terminal unless told not to
                System.setProperty("quarkus.console.color", "false");
            }
            Quarkus.run(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
