package io.pdgitops.pagerduty.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records map on their own annotations, whatever mapper reads them (this one fails on unknown fields). */
class PagerDutyObjectTest {

    private final ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void unknownFieldsAreIgnoredAndNamesAreSnakeCase() throws JsonProcessingException {
        VendorDto vendor = strict.readValue("""
                {"id":"PV1","name":"Nagios","website_url":"https://www.nagios.org","logo_url":"x","is_pd_cef":false}""",
                VendorDto.class);

        assertThat(vendor).isEqualTo(new VendorDto("PV1", "Nagios", null, "https://www.nagios.org"));
    }

    @Test
    void unsetFieldsAreLeftOutAndExplicitNullsAreWritten() throws JsonProcessingException {
        LayerWrite layer = new LayerWrite("PL1", null, null, JsonNullable.ofNull(), null, 86400,
                List.of(LayerUser.of("PU1")), null);

        assertThat(strict.writeValueAsString(layer)).isEqualTo(
                "{\"id\":\"PL1\",\"end\":null,\"rotation_turn_length_seconds\":86400,"
                        + "\"users\":[{\"user\":{\"id\":\"PU1\",\"type\":\"user_reference\"}}]}");
    }

    @Test
    void anEndTimeIsWrittenAsIsoText() throws JsonProcessingException {
        LayerWrite layer = new LayerWrite(null, null, null,
                JsonNullable.of(OffsetDateTime.parse("2026-02-01T00:00:00+09:00")), null, null, null, null);

        assertThat(strict.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(layer)).isEqualTo("{\"end\":\"2026-02-01T00:00:00+09:00\"}");
    }

    @Test
    void referenceKindsCompareAcrossPagerDutysSpellings() {
        assertThat(List.of(new Reference("P1", "schedule_v3_reference", null), new Reference("P1", "schedule", null),
                Reference.schedule("P1"))).extracting(Reference::kind).containsOnly("schedule");
        assertThat(Reference.escalationPolicy("P2").type()).isEqualTo("escalation_policy_reference");
    }

    @Test
    void anOverrideIsAcceptedOnlyWithASuccessStatusAndNoErrors() {
        assertThat(new OverrideResult(201, List.of(), null).accepted()).isTrue();
        assertThat(new OverrideResult(201, List.of("overlaps"), null).accepted()).isFalse();
        assertThat(new OverrideResult(400, null, null).accepted()).isFalse();
    }
}
