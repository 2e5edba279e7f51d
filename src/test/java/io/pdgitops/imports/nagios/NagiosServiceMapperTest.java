package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NagiosServiceMapperTest {

    private static final IntegrationChoice EMAIL_DOMAIN = new IntegrationChoice(IntegrationChoice.DEFAULT_VARIABLE,
            Optional.of("acme.pagerduty.com"));

    private static NagiosInventory inventory() throws NagiosConfigException {
        return NagiosConfig.parse(List.of(new NagiosSource("objects.cfg", """
                define host {
                    host_name       web-01
                    hostgroups      web,all
                    _PD_SERVICE     Shop
                }
                define host {
                    host_name       mail-01
                    hostgroups      all
                    _PD_INTEGRATION email
                }
                define host {
                    host_name       lonely
                }
                define hostgroup {
                    hostgroup_name  web
                    alias           Web shop
                }
                define hostgroup {
                    hostgroup_name  all
                }
                define service {
                    host_name           web-01,mail-01
                    service_description PING
                }
                define service {
                    host_name           web-01
                    service_description Payments
                    _PD_SERVICE         Payments
                }
                """)), new ArrayList<>());
    }

    private static ImportMapping map(String rule, List<String> excluded) throws NagiosConfigException {
        return NagiosServiceMapper.map(inventory(), MapBy.parse(rule), PolicyRules.defaultOnly("Ops"), EMAIL_DOMAIN,
                excluded);
    }

    @Test
    void byHostgroupAServiceGetsEveryHostOfItsGroupsAndEmailWhenAnyHostAsks() throws NagiosConfigException {
        ImportMapping mapping = map("hostgroup", List.of());

        assertThat(mapping.services()).extracting(s -> s.name() + " " + s.hosts() + " " + s.checks() + " "
                + s.integrationType() + " " + s.integrationEmail().orElse("-")).containsExactly(
                "all [mail-01, web-01] 3 email all@acme.pagerduty.com",
                "web [web-01] 2 nagios -");
        assertThat(mapping.services().get(1).description())
                .isEqualTo("Web shop (Nagios hostgroup `web`): 1 host, 2 service checks");
        assertThat(mapping.unmappedHosts()).containsExactly("lonely");
    }

    @Test
    void excludedNamesBecomeNoService() throws NagiosConfigException {
        ImportMapping mapping = map("hostgroup", List.of("a*"));

        assertThat(mapping.services()).extracting(ImportedService::name).containsExactly("web");
        assertThat(mapping.unmappedHosts()).containsExactly("lonely", "mail-01");
        assertThat(mapping.unmappedChecks()).containsExactly("mail-01/PING");
    }

    @Test
    void byVariableAServiceCheckUsesItsOwnValueElseItsHosts() throws NagiosConfigException {
        ImportMapping mapping = map("var:_pd_service", List.of());

        assertThat(mapping.services()).extracting(s -> s.name() + " " + s.checks()).containsExactly(
                "Payments 1", "Shop 1");
        assertThat(mapping.unmappedChecks()).containsExactly("mail-01/PING");
    }

    @Test
    void byHostEveryHostIsAService() throws NagiosConfigException {
        assertThat(map("host", List.of()).services()).extracting(ImportedService::name)
                .containsExactly("lonely", "mail-01", "web-01");
    }

    @Test
    void anUnknownIntegrationValueIsAProblem() {
        assertThatThrownBy(() -> NagiosServiceMapper.map(NagiosConfig.parse(List.of(new NagiosSource("o.cfg", """
                define host {
                    host_name       old
                    _PD_INTEGRATION smtp
                }
                """)), new ArrayList<>()), MapBy.parse("host"), PolicyRules.defaultOnly("Ops"), EMAIL_DOMAIN,
                List.of())).hasMessage("o.cfg:3: _PD_INTEGRATION is `smtp`: expected nagios or email");
    }

    @Test
    void aBadValueOnATemplateIsOneProblemAtTheTemplateLine() {
        StringBuilder hosts = new StringBuilder("""
                define host {
                    name            legacy-mail
                    _PD_INTEGRATION smtp
                    register        0
                }
                """);
        for (int i = 1; i <= 3; i++) {
            hosts.append("define host {\n    host_name old-0").append(i).append("\n    use legacy-mail\n}\n");
        }

        assertThatThrownBy(() -> NagiosServiceMapper.map(NagiosConfig.parse(List.of(new NagiosSource("t.cfg",
                hosts.toString())), new ArrayList<>()), MapBy.parse("host"), PolicyRules.defaultOnly("Ops"),
                EMAIL_DOMAIN, List.of()))
                .hasMessage("t.cfg:3: _PD_INTEGRATION is `smtp`: expected nagios or email");
    }

    @Test
    void badRulesAreRefusedWithTheAccepted() {
        assertThatThrownBy(() -> MapBy.parse("hostgroups")).hasMessageContaining("hostgroup, servicegroup, host or var");
        assertThatThrownBy(() -> MapBy.parse("var:PD")).hasMessageContaining("starts with `_`");
        assertThatThrownBy(() -> new IntegrationChoice("_X", Optional.of("acme.example.com")))
                .hasMessageContaining("<subdomain>.pagerduty.com");
    }
}
