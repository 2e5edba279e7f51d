package io.pdgitops.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A fresh data directory for a service booted by a test profile, so that no state leaks between boots. */
public final class TempDataDir {

    private TempDataDir() {
    }

    public static String create(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
