package io.pdgitops.cli;

import picocli.CommandLine.Command;

/**
 * Listed for {@code --help} only: {@code serve} is dispatched to Quarkus by {@link io.pdgitops.Main}
 * before picocli sees the arguments.
 */
@Command(name = "serve", description = "Run the GitOps service (HTTP API, sync loop).")
public final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalStateException("serve is started by the launcher, not by the CLI");
    }
}
