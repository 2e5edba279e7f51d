package io.pdgitops.drift.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.FieldChange;
import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.drift.DriftEntry;
import io.pdgitops.drift.DriftReport;
import io.pdgitops.drift.DriftStatus;
import io.pdgitops.drift.UnmanagedObject;
import io.pdgitops.oncall.OnCallDrift;
import io.pdgitops.oncall.TimeRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each format against a golden file; regenerate with -Dgolden.update=true and review the files by eye. */
class DriftRenderersTest {

    static final Path GOLDEN = Path.of("src/test/resources/drift/sample");

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

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
                    new UnmanagedObject(ResourceKey.integration("Mail Relay", "Old pager"), "PI3")),
            List.of(new OnCallDrift("Ops Tokyo", TOKYO, new TimeRange(at("2026-12-07T00:00:00Z"), at("2026-12-21T00:00:00Z")),
                    List.of(shift("2026-12-08T11:30:00Z", "2026-12-08T23:30:00Z", "yui@example.com", "mao@example.com"),
                            shift("2026-12-10T00:00:00Z", "2026-12-12T00:00:00Z", "ken@example.com", null)),
                    List.of(shift("2026-12-14T00:00:00Z", "2026-12-14T02:00:00Z", "yui@example.com", "aoi@example.com")))));

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
    void markdownCellsWriteAngleBracketsAsEntitiesSoANameOpensNoHtmlTag() {
        String name = "Ops <b>Tokyo</b>";
        DriftReport report = new DriftReport(List.of(new DriftEntry(key(ResourceKind.SERVICE, name),
                DriftStatus.MISSING, List.of(), List.of())), List.of(new UnmanagedObject(key(ResourceKind.SCHEDULE, name),
                "PSC7")));

        String markdown = new DriftMarkdownRenderer().render(report);

        String escaped = name.replace("<", "&lt;").replace(">", "&gt;");
        String table = markdown.substring(0, markdown.indexOf("**Unmanaged**"));
        assertThat(table).contains("| Service `" + escaped + "`").doesNotContain("<b>");
        assertThat(markdown).contains("- Schedule `" + escaped + "`");
    }

    @Test
    void noDriftSaysSoAndCountsTheObjectsInSync() {
        DriftReport clean = new DriftReport(List.of(SAMPLE.entries().get(0)), List.of());

        assertThat(new DriftTextRenderer().render(clean)).isEqualTo("No drift: 1 object in sync.\n");
        assertThat(clean.hasDrift()).isFalse();
    }

    @Test
    void onCallShiftsSayWhenInTheSchedulesZoneWhoGitSaysAndWhomPagerDutyPages() {
        String text = new DriftTextRenderer().render(SAMPLE);

        assertThat(text).contains("Tue 8 Dec 20:30-08:30 JST: Git says yui@example.com, PagerDuty pages mao@example.com")
                .contains("Thu 10 Dec 09:00-Sat 12 Dec 09:00 JST: Git says ken@example.com, PagerDuty pages nobody")
                .contains("an override pages aoi@example.com (Git says yui@example.com)");
        assertThat(SAMPLE.onCallDrifted()).isEqualTo(1);
    }

    private static OnCallDrift.Shift shift(String start, String end, String git, String pagerDuty) {
        return new OnCallDrift.Shift(at(start), at(end), Optional.of(git), Optional.ofNullable(pagerDuty));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
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
