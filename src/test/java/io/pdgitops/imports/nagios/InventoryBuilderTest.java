package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryBuilderTest {

    private static final String HOSTS = """
            define host {
                name        base
                register    0
            }
            define host {
                use         base
                host_name   web-01
                hostgroups  web
            }
            define host {
                use         base
                host_name   web-02
            }
            define host {
                use         base
                host_name   db-01
                _PD_SERVICE Database
            }
            define hostgroup {
                hostgroup_name  web
                alias           Web servers
                members         web-02
            }
            define hostgroup {
                hostgroup_name  db
                members         *,!web-01,!web-02
            }
            define hostgroup {
                hostgroup_name      all
                hostgroup_members   web,db
            }
            """;

    private static NagiosInventory inventory(String services) throws NagiosConfigException {
        return NagiosConfig.parse(List.of(new NagiosSource("hosts.cfg", HOSTS),
                new NagiosSource("services.cfg", services)), new ArrayList<>());
    }

    @Test
    void groupMembersComeFromBothSidesWithExclusionsWildcardsAndNesting() throws NagiosConfigException {
        NagiosInventory inventory = inventory("");

        assertThat(inventory.hosts().get("web-01").hostgroups()).containsExactly("all", "web");
        assertThat(inventory.hosts().get("web-02").hostgroups()).containsExactly("all", "web");
        assertThat(inventory.hosts().get("db-01").hostgroups()).containsExactly("all", "db");
        assertThat(inventory.hosts().get("db-01").variables()).containsEntry("_PD_SERVICE", "Database");
        assertThat(inventory.hostgroups().get("web").alias()).contains("Web servers");
    }

    @Test
    void servicesAreExpandedToEachHostTheyApplyTo() throws NagiosConfigException {
        NagiosInventory inventory = inventory("""
                define service {
                    hostgroup_name      all,!db
                    service_description HTTP
                    servicegroups       shop
                }
                define service {
                    host_name           *,!web-02
                    service_description PING
                    _PD_SERVICE         Network
                }
                define servicegroup {
                    servicegroup_name   shop
                }
                define servicegroup {
                    servicegroup_name   pings
                    members             db-01,PING,web-01,PING
                }
                """);

        assertThat(inventory.services()).extracting(s -> s.host() + "/" + s.description() + " " + s.servicegroups())
                .containsExactly("web-01/HTTP [shop]", "web-02/HTTP [shop]", "db-01/PING [pings]",
                        "web-01/PING [pings]");
        assertThat(inventory.services().get(2).variables()).containsEntry("_PD_SERVICE", "Network");
    }

    @Test
    void unknownNamesAndMissingNamesAreReportedAtTheirLine() {
        assertThatThrownBy(() -> inventory("""
                define service {
                    host_name           web-03
                    service_description HTTP
                    servicegroups       nope
                }
                define service {
                    hostgroup_name      web
                }
                define servicegroup {
                    servicegroup_name   odd
                    members             web-01,HTTP,web-02
                }
                define host {
                    host_name           web-01
                }
                """)).isInstanceOfSatisfying(NagiosConfigException.class, e -> assertThat(e.problems())
                .map(NagiosProblem::toString).containsExactlyInAnyOrder(
                        "services.cfg:14: host `web-01` is defined twice (first at hosts.cfg:5)",
                        "services.cfg:2: unknown host `web-03`",
                        "services.cfg:6: define service has no service_description (a template needs `register 0`)",
                        "services.cfg:11: servicegroup members must be host,service pairs; `web-02` has no service",
                        "services.cfg:11: unknown service `HTTP` on host `web-01`"));
    }

    @Test
    void theRealisticConfigurationReadsEveryCfgFileItNamesAndNothingElse() throws NagiosConfigException {
        NagiosInventory inventory = NagiosConfig.load(Path.of("src/test/resources/nagios/realistic/nagios.cfg"),
                StandardCharsets.UTF_8);

        assertThat(inventory.hosts()).hasSize(42).containsKey("naniwa-mail-01");
        assertThat(inventory.services()).hasSizeGreaterThan(300).hasSize(397);
        assertThat(inventory.hostgroups()).hasSize(17);
        assertThat(inventory.hostgroups().get("kaede-all").alias()).contains("Kaede Bank (all hosts)");
        assertThat(inventory.hosts().get("naniwa-mail-01").variables()).containsEntry("_PD_INTEGRATION", "email")
                .containsEntry("_PD_SERVICE", "Naniwa Clinic Infrastructure");
        assertThat(inventory.hosts().get("sakura-pos-01").hostgroups()).containsExactly("sakura-pos");
    }
}
