package io.pdgitops.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.pdgitops.testing.LauncherServeOptions;
import org.junit.jupiter.api.Test;

/**
 * The service is started three ways (the launcher, the container image, the systemd unit) and the benchmark reads
 * its options from the launcher: the JVM options must be the same everywhere, or the figures in bench/RESULTS.md
 * describe a service nobody runs.
 */
class ServeJavaOptionsTest {

    @Test
    void theLauncherTheImageAndTheUnitStartTheServiceWithTheSameJvmOptions() throws IOException {
        List<String> launcher = LauncherServeOptions.read();
        List<String> image = options(Path.of("src/main/docker/Dockerfile.jvm"),
                Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"$")).stream()
                .filter(option -> option.startsWith("-X")).toList();
        List<String> unit = options(Path.of("deploy/systemd/pd-gitops.service"),
                Pattern.compile("(?m)^ExecStart=/usr/bin/java (.*) -jar "));

        assertThat(launcher).contains("-XX:+ExitOnOutOfMemoryError").anyMatch(option -> option.startsWith("-Xmx"));
        assertThat(image).as("the container image").isEqualTo(launcher);
        assertThat(unit).as("the systemd unit").isEqualTo(launcher);
    }

    private static List<String> options(Path file, Pattern line) throws IOException {
        Matcher found = line.matcher(Files.readString(file));
        assertThat(found.find()).as("%s starts the service with Java options", file).isTrue();
        return Arrays.asList(found.group(1).trim().split("\\s+"));
    }
}
