package io.pdgitops.service.quarkus;

import io.smallrye.config.EnvConfigSource;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/** Refuses a secret that was written into a file or onto the command line, where others can read it. */
final class EnvironmentOnly {

    private EnvironmentOnly() {
    }

    static void require(Config config, String key) {
        ConfigValue value = config.getConfigValue(key);
        if (value.getValue() == null || value.getSourceName() == null) {
            return;
        }
        if (!value.getSourceName().startsWith(EnvConfigSource.class.getSimpleName())) {
            throw new IllegalStateException(key + " is a secret and must come from the environment variable "
                    + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ", not from "
                    + value.getSourceName());
        }
    }
}
