package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedFileTest {

    private final String written = GeneratedFile.write("kind: Service\nname: web\n", "tokyo-nagios");

    @Test
    void aWrittenFileIsGeneratedAndUnedited() {
        assertThat(written).startsWith(GeneratedFile.MARKER).endsWith("kind: Service\nname: web\n");
        assertThat(GeneratedFile.isGenerated(written)).isTrue();
        assertThat(GeneratedFile.isUnedited(written)).isTrue();
        assertThat(GeneratedFile.source(written)).contains("tokyo-nagios");
    }

    @Test
    void anyEditBelowTheMarkerCountsAsAHandEdit() {
        assertThat(GeneratedFile.isUnedited(written.replace("name: web", "name: web2"))).isFalse();
        assertThat(GeneratedFile.isUnedited(written + "# note\n")).isFalse();
        assertThat(GeneratedFile.isUnedited(written.replace("# Generated", "#Generated"))).isFalse();
    }

    @Test
    void aFileWithoutTheMarkerIsHandWritten() {
        String handWritten = "kind: Service\nname: web\n";
        assertThat(GeneratedFile.isGenerated(handWritten)).isFalse();
        assertThat(GeneratedFile.isUnedited(handWritten)).isFalse();
        assertThat(GeneratedFile.isUnedited(GeneratedFile.MARKER + "nothex\nkind: Service\n")).isFalse();
    }
}
