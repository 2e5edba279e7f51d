package io.pdgitops.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportReportTest {

    @Test
    void namesAndValuesFromPagerDutyStayOnTheirLineWithoutControlCharacters() {
        String forged = "2026-12-04 10:00:00,000 INFO  [io.pdgitops] export complete";
        ResourceKey service = new ResourceKey(ResourceKind.SERVICE, "Pay\u001b[2Jments\n" + forged, Optional.empty());
        Export export = new Export(List.of(), Map.of(ObjectKind.SERVICE, 1),
                List.of(new UnexpressedSetting(service, "alert_grouping", "intelligent\u202e\n" + forged)));

        String text = ExportReport.text(export);

        assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == '\u202e'))).as(text).isEmpty();
        assertThat(text.lines()).noneMatch(line -> line.startsWith(forged));
        assertThat(text).contains("Service `Pay\\u001b[2Jments\\n" + forged + "`")
                .contains("    alert_grouping: intelligent\\u202e\\n" + forged);
    }
}
