package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateResolverTest {

    private final List<NagiosProblem> problems = new ArrayList<>();

    private List<Definition> resolve(String text) {
        return TemplateResolver.resolve(ObjectFileParser.parse("t.cfg", text, problems), problems);
    }

    @Test
    void theLeftmostTemplateWinsAndTemplatesAreNoObjects() {
        List<Definition> objects = resolve("""
                define host {
                    name            base
                    check_period    24x7
                    _TEAM           ops
                    register        0
                }
                define host {
                    name            left
                    use             base
                    _TEAM           web
                    register        0
                }
                define host {
                    name            right
                    _TEAM           db
                    _PD_SERVICE     Right
                    register        0
                }
                define host {
                    use             left,right
                    host_name       web-01
                }
                """);

        assertThat(problems).isEmpty();
        assertThat(objects).hasSize(1);
        Definition host = objects.get(0);
        assertThat(host.value("_TEAM")).contains("web");
        assertThat(host.value("_PD_SERVICE")).contains("Right");
        assertThat(host.value("check_period")).contains("24x7");
        assertThat(host.value("name")).as("never inherited").isEmpty();
        assertThat(host.value("register")).isEmpty();
    }

    @Test
    void plusAddsToTheInheritedValueAndNullDropsIt() {
        List<Definition> objects = resolve("""
                define service {
                    name            base
                    servicegroups   critical
                    contact_groups  ops
                    register        0
                }
                define service {
                    name            web
                    use             base
                    servicegroups   +web
                    register        0
                }
                define service {
                    use                 web
                    host_name           web-01
                    service_description HTTP
                    servicegroups       +shop
                    contact_groups      null
                    notes               +alone
                }
                """);

        assertThat(problems).isEmpty();
        Definition service = objects.get(0);
        assertThat(service.value("servicegroups")).contains("critical,web,shop");
        assertThat(service.value("contact_groups")).isEmpty();
        assertThat(service.value("notes")).contains("alone");
    }

    @Test
    void templatesArePerObjectTypeAndUnknownOnesAreReportedWhereUsed() {
        resolve("""
                define service {
                    name        generic
                    register    0
                }
                define host {
                    use         generic
                    host_name   a
                }
                """);

        assertThat(problems).map(NagiosProblem::toString).containsExactly(
                "t.cfg:6: unknown host template `generic` (no define host has name generic)");
    }

    @Test
    void loopsAndTwiceDefinedTemplatesAreReported() {
        resolve("""
                define host {
                    name        a
                    use         b
                    register    0
                }
                define host {
                    name        b
                    use         a
                    register    0
                }
                define host {
                    name        a
                    register    0
                }
                define host {
                    use         a
                    host_name   h
                }
                """);

        assertThat(problems).map(NagiosProblem::toString).contains(
                "t.cfg:12: template host `a` is defined twice (first at t.cfg:1)",
                "t.cfg:3: template inheritance loops back to this host");
    }
}
