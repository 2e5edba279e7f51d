package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.ObjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Payments API|payments-api",
        "  Ops: Tokyo / Night  |ops-tokyo-night",
        "東京 オペレーション|東京-オペレーション",
        "../../etc/passwd|etc-passwd",
        "***|unnamed",
        "NUL|nul-",
        "ＦＵＬＬ　ＷＩＤＴＨ|full-width",
    })
    void stemsAreReadableAndSafe(String name, String stem) {
        assertThat(FileNames.stem(name)).isEqualTo(stem);
    }

    @Test
    void longNamesAreCutWithoutSplittingCharacters() {
        String stem = FileNames.stem("𠀋".repeat(100));

        assertThat(stem.codePointCount(0, stem.length())).isEqualTo(80);
        assertThat(stem).isEqualTo("𠀋".repeat(80));
    }

    @Test
    void namesThatDifferOnlyInCaseOrPunctuationGetNumbersPerFolder() {
        FileNames names = new FileNames();

        assertThat(names.next(ObjectKind.SERVICE, "Web")).isEqualTo("services/web.yaml");
        assertThat(names.next(ObjectKind.SERVICE, "WEB!")).isEqualTo("services/web-2.yaml");
        assertThat(names.next(ObjectKind.SERVICE, "web")).isEqualTo("services/web-3.yaml");
        assertThat(names.next(ObjectKind.TEAM, "Web")).isEqualTo("teams/web.yaml");
    }
}
