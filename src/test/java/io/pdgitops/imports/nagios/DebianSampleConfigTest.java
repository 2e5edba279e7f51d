package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample configuration of Debian's nagios4 packages, exactly as installed: what Nagios accepts, the import
 * reads. Its time periods hold holiday exceptions ({@code monday -1 may}) beside the weekdays they name.
 */
class DebianSampleConfigTest {

    static final Path SAMPLE = Path.of("/etc/nagios4/nagios.cfg");

    @Test
    void debiansSampleConfigurationImportsUnchanged() throws Exception {
        assumeTrue(Files.isReadable(SAMPLE), "Debian's sample configuration is absent: install the Debian package "
                + "nagios4-core (`.ci/run` does)");

        NagiosInventory inventory = NagiosConfig.load(SAMPLE, StandardCharsets.UTF_8);

        String localhost = Files.readString(Path.of("/etc/nagios4/objects/localhost.cfg"));
        assertThat(inventory.hosts()).containsKey("localhost");
        long declaredChecks = localhost.lines().filter(line -> line.strip().startsWith("define service")).count();
        assertThat(inventory.services()).hasSize((int) declaredChecks);
    }
}
