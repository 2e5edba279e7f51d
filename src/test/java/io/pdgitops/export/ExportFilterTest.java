package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.model.ObjectKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Windows are chosen on their own only when asked for, by description and by the teams of their services. */
class ExportFilterTest {

    @Test
    void withoutTheWindowKindWindowsOnlyFollowTheirServices() {
        assertThat(ExportFilter.everything().selectsWindows("Patch night", Set.of())).isFalse();
        assertThat(new ExportFilter(Set.of(ObjectKind.SERVICE), Optional.empty(), Optional.empty())
                .selectsWindows("Patch night", Set.of())).isFalse();
        assertThat(ExportFilter.everything().kinds()).isEqualTo(EnumSet.allOf(ObjectKind.class));
    }

    @Test
    void theWindowKindAloneChoosesWindowsByDescriptionAndNoObject() {
        ExportFilter windows = new ExportFilter(Set.of(), true, Optional.empty(), Optional.of(Pattern.compile("^Patch")));

        assertThat(windows.selectsWindows("Patch night", Set.of())).isTrue();
        assertThat(windows.selectsWindows("Core DB upgrade", Set.of())).isFalse();
        for (ObjectKind kind : ObjectKind.values()) {
            assertThat(windows.selects(kind, "Patch night", Set.of())).as(kind.yamlName()).isFalse();
        }
    }

    @Test
    void aTeamChoosesTheWindowsOfItsServices() {
        ExportFilter team = new ExportFilter(Set.of(), true, Optional.of("Ops Tokyo"), Optional.empty());

        assertThat(team.selectsWindows("Patch night", Set.of("Ops Tokyo", "Ops Osaka"))).isTrue();
        assertThat(team.selectsWindows("Patch night", Set.of("Ops Osaka"))).isFalse();
        assertThat(team.selectsWindows("Patch night", Set.of())).isFalse();
    }
}
