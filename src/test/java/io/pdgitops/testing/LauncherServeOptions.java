package io.pdgitops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM options {@code ./pd-gitops serve} starts the service with, read from the launcher itself. */
public final class LauncherServeOptions {

    private static final Pattern SERVE_DEFAULTS = Pattern.compile("(?m)^  defaults=\"(-Xmx[^\"]*)\"$");

    private LauncherServeOptions() {
    }

    public static List<String> read() {
        try {
            Matcher found = SERVE_DEFAULTS.matcher(Files.readString(Path.of("pd-gitops")));
            if (!found.find()) {
                throw new IllegalStateException("./pd-gitops gives serve no defaults=\"-Xmx...\" line");
            }
            return Arrays.asList(found.group(1).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
