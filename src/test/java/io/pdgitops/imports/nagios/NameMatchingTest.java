package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code use_regexp_matching} and {@code use_true_regexp_matching} as Nagios 4 applies them: the objects file
 * names hosts by {@code web.*} (unanchored, so {@code myweb} is one) and by {@code web-0[0-9]+}; the real
 * {@code nagios4 -v} must count the same services the import expands.
 */
class NameMatchingTest {

    static final Path OBJECTS = Path.of("src/test/resources/nagios-regexp/objects.cfg");
    static final Path NAGIOS_BINARY = Path.of("/usr/sbin/nagios4");

    @TempDir
    Path dir;

    @Test
    void regexpMatchingExpandsNamesWithWildcardsUnanchored() throws Exception {
        NagiosInventory inventory = NagiosConfig.load(config("use_regexp_matching=1"), StandardCharsets.UTF_8);

        assertThat(hostsOf(inventory, "HTTP")).containsExactlyInAnyOrder("web-01", "web-02", "myweb");
        assertThat(hostsOf(inventory, "Load")).containsExactlyInAnyOrder("web-01", "web-02");
    }

    @Test
    void withoutRegexpMatchingThePatternsAreUnknownNamesAtTheirLine() throws Exception {
        Path config = config("use_regexp_matching=0");

        assertThatThrownBy(() -> NagiosConfig.load(config, StandardCharsets.UTF_8))
                .isInstanceOf(NagiosConfigException.class)
                .hasMessageContaining("objects.cfg:" + lineOf("members web-0[0-9]+"))
                .hasMessageContaining("unknown host `web.*`");
    }

    @Test
    void trueRegexpMatchingTreatsEveryNameAsAnExpression() throws Exception {
        Files.writeString(dir.resolve("objects.cfg"), Files.readString(OBJECTS)
                .replace("members web-0[0-9]+", "members web"));
        Path main = dir.resolve("nagios.cfg");
        Files.writeString(main, "cfg_file=objects.cfg\nuse_regexp_matching=1\nuse_true_regexp_matching=1\n");

        NagiosInventory inventory = NagiosConfig.load(main, StandardCharsets.UTF_8);

        assertThat(hostsOf(inventory, "Load")).containsExactlyInAnyOrder("web-01", "web-02", "myweb");
    }

    @Test
    void nagiosCountsTheSameServices() throws Exception {
        assumeTrue(Files.isExecutable(NAGIOS_BINARY), "nagios4 is not installed: install the Debian package "
                + "nagios4-core (`.ci/run` does) to compare with nagios4 -v");
        Path config = config("use_regexp_matching=1");

        NagiosInventory inventory = NagiosConfig.load(config, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(NAGIOS_BINARY.toString(), "-v", config.toString())
                .redirectErrorStream(true).start();
        String verdict = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertThat(verdict).contains("Total Warnings: 0", "Total Errors:   0");
        Matcher checked = Pattern.compile("Checked (\\d+) services\\.").matcher(verdict);
        assertThat(checked.find()).as(verdict).isTrue();
        assertThat(inventory.services()).hasSize(Integer.parseInt(checked.group(1)));
    }

    private Path config(String matching) throws Exception {
        Files.copy(OBJECTS, dir.resolve("objects.cfg"));
        Path main = dir.resolve("nagios.cfg");
        // The other settings only let nagios4 -v read the folder as its owner, without a warning; the import ignores them.
        PosixFileAttributes owner = Files.readAttributes(dir, PosixFileAttributes.class);
        Files.writeString(main, "cfg_file=objects.cfg\n" + matching + "\nillegal_macro_output_chars=`~$&|'\"<>\n"
                + "nagios_user=" + owner.owner().getName() + "\nnagios_group=" + owner.group().getName() + "\n");
        return main;
    }

    private static int lineOf(String text) throws Exception {
        var lines = Files.readAllLines(OBJECTS);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + OBJECTS);
    }

    private static Set<String> hostsOf(NagiosInventory inventory, String description) {
        return inventory.services().stream().filter(service -> service.description().equals(description))
                .map(NagiosService::host).collect(Collectors.toSet());
    }
}
