package io.pdgitops.drift.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each format against a golden file; regenerate with -Dgolden.update=true and review the files by eye. */
class DriftRenderersTest {

    static final Path GOLDEN = Path.of("src/test/resources/drift/sample");

    static final DriftReport SAMPLE = new DriftReport(List.of(
            new DriftEntry(key(ResourceKind.TEAM, "Ops Tokyo"), DriftStatus.IN_SYNC, List.of("PT1"), List.of()),
            new DriftEntry(key(ResourceKind.ESCALATION_POLICY, "Backup Jobs"), DriftStatus.DRIFTED, List.of("PE1"),
                    List.of(FieldChange.of("rules[1].targets", "[Makoto Inoue <makoto.inoue@example.com>]",
                            "[Kenta Sato <kenta.sato@example.com>]"))),
            new DriftEntry(key(ResourceKind.SERVICE, "Mail Relay"), DriftStatus.DRIFTED, List.of("PS1"),
                    List.of(FieldChange.of("acknowledgement_timeout", "1h", "2h"),
                            FieldChange.of("description", "\"Relay | reminders\"", null))),
            new DriftEntry(ResourceKey.integration("Reservations", "Uptime checks"), DriftStatus.MISSING, List.of(),
                    List.of()),
            new DriftEntry(key(ResourceKind.SCHEDULE, "Night"), DriftStatus.AMBIGUOUS, List.of("PSC1", "PSC2"),
                    List.of())),
            List.of(new UnmanagedObject(key(ResourceKind.SERVICE, "Shadow IT"), "PS9"),
                    new UnmanagedObject(key(ResourceKind.SCHEDULE, "Ops (Bob's) 24x7*"), "PSC7"),
                    new UnmanagedObject(ResourceKey.integration("Mail Relay", "Old pager"), "PI3")));

    @Test
    void text() throws IOException {
        assertGolden("drift.txt", new DriftTextRenderer().render(SAMPLE));
    }

    @Test
    void markdown() throws IOException {
        assertGolden("drift.md", new DriftMarkdownRenderer().render(SAMPLE));
    }

    @Test
    void json() throws IOException {
        assertGolden("drift.json", new DriftJsonRenderer().render(SAMPLE));
    }

    @Test
    void noDriftSaysSoAndCountsTheObjectsInSync() {
        DriftReport clean = new DriftReport(List.of(SAMPLE.entries().get(0)), List.of());

        assertThat(new DriftTextRenderer().render(clean)).isEqualTo("No drift: 1 object in sync.\n");
        assertThat(clean.hasDrift()).isFalse();
    }

    private static ResourceKey key(ResourceKind kind, String name) {
        return new ResourceKey(kind, name, Optional.empty());
    }

    private static void assertGolden(String file, String actual) throws IOException {
        Path expected = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }
}
