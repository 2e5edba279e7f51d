package io.pdgitops.imports.sensu;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.imports.nagios.ImportedService;
import io.pdgitops.imports.nagios.PolicyRules;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SensuMapperTest {

    @Test
    void bySubscriptionEachSubscriptionIsAServiceWithTheEntitiesThatRunItsChecks() throws Exception {
        List<SensuResource> dump = SensuDumpTest.resources(SensuDumpTest.YAML);

        SensuMapping mapping = SensuMapper.map(dump, SensuMapBy.parse("subscription"), PolicyRules.defaultOnly("Ops"),
                List.of("proxy"));

        Map<String, ImportedService> services = mapping.services().stream()
                .collect(Collectors.toMap(ImportedService::name, s -> s));
        assertThat(services).containsOnlyKeys("sakura-web", "sakura-db");
        assertThat(services.get("sakura-web").hosts()).containsExactly("sakura-web-01", "sakura-web-02");
        assertThat(services.get("sakura-web").checks()).isEqualTo(2);
        assertThat(services.get("sakura-db").hosts()).containsExactly("sakura-db-01");
        assertThat(services.get("sakura-db").integrationType()).isEqualTo("events_api_v2");
        assertThat(mapping.routes().get("default/check-disk")).containsExactly("sakura-web", "sakura-db");
        assertThat(mapping.unmappedChecks()).containsExactly("minato/check-edi-endpoint", "default/keepalive-audit");
    }

    @Test
    void byLabelAProxyCheckCountsItsProxyEntity() throws Exception {
        SensuMapping mapping = SensuMapper.map(SensuDumpTest.resources(SensuDumpTest.YAML),
                SensuMapBy.parse("label:customer"), PolicyRules.defaultOnly("Ops"), List.of());

        assertThat(mapping.services()).extracting(s -> s.name() + " " + s.hosts() + " " + s.checks())
                .containsExactly("minato [minato-edi-gateway] 1",
                        "sakura [sakura-db-01, sakura-web-01, sakura-web-02] 3");
    }
}
