package io.pdgitops.imports.nagios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes the realistic Nagios configuration under {@code src/test/resources/nagios/realistic}: a managed-service
 * provider's five customers, host and service templates, host groups, service groups, custom variables, and over
 * 300 service checks spread over several files and folders. The output is committed; rerun after changing this:
 * {@code java src/test/java/io/pdgitops/imports/nagios/NagiosFixtureGenerator.java src/test/resources/nagios/realistic}
 */
public final class NagiosFixtureGenerator {

    /** A role of a customer: its host group, how many hosts, the host template and the checks it adds. */
    record Role(String customer, String name, String alias, int hosts, String template, List<String> checks) {
        String group() {
            return customer + "-" + name;
        }

        List<String> hostNames() {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= hosts; i++) {
                names.add(String.format("%s-%02d", group(), i));
            }
            return names;
        }
    }

    static final Map<String, String> CUSTOMERS = Map.of(
            "kaede", "Kaede Bank", "sakura", "Sakura Retail", "minato", "Minato Logistics",
            "naniwa", "Naniwa Clinic", "msp", "MSP Internal");

    static final List<Role> ROLES = List.of(
            new Role("kaede", "web", "Kaede Bank internet banking web servers", 4, "linux-server",
                    List.of("HTTP", "HTTPS certificate", "Apache workers")),
            new Role("kaede", "db", "Kaede Bank core database", 2, "linux-server",
                    List.of("Oracle listener", "Oracle tablespace", "Data Guard lag")),
            new Role("kaede", "pay", "Kaede Bank payment gateway", 2, "linux-server",
                    List.of("Gateway API", "Settlement queue")),
            new Role("kaede", "batch", "Kaede Bank nightly batch", 2, "linux-server",
                    List.of("Batch scheduler")),
            new Role("sakura", "pos", "Sakura Retail POS back office", 6, "windows-server",
                    List.of("POS sync service")),
            new Role("sakura", "web", "Sakura Retail web shop", 3, "linux-server",
                    List.of("HTTP", "HTTPS certificate")),
            new Role("sakura", "db", "Sakura Retail database", 2, "linux-server",
                    List.of("PostgreSQL connections", "PostgreSQL replication")),
            new Role("minato", "wms", "Minato Logistics warehouse management", 4, "linux-server",
                    List.of("WMS application", "Label printer queue")),
            new Role("minato", "edi", "Minato Logistics EDI gateway", 2, "linux-server",
                    List.of("EDI inbound queue", "SFTP")),
            new Role("minato", "db", "Minato Logistics database", 2, "linux-server",
                    List.of("MySQL connections", "MySQL replication")),
            new Role("naniwa", "emr", "Naniwa Clinic medical records", 3, "linux-server",
                    List.of("EMR application", "HTTPS certificate")),
            new Role("naniwa", "mail", "Naniwa Clinic mail relay (legacy)", 2, "legacy-server",
                    List.of("SMTP", "Mail queue")),
            new Role("naniwa", "db", "Naniwa Clinic database", 1, "linux-server",
                    List.of("PostgreSQL connections")),
            new Role("msp", "mon", "MSP monitoring servers", 2, "linux-server",
                    List.of("Nagios process", "NRPE")),
            new Role("msp", "backup", "MSP backup appliances", 3, "linux-server",
                    List.of("Backup job status", "Backup storage")),
            new Role("msp", "vpn", "MSP customer VPN concentrators", 2, "linux-server",
                    List.of("IPsec tunnels")));

    /** Checks every Linux host has, applied through a host group list continued over several lines. */
    static final List<String> LINUX_CHECKS = List.of("SSH", "Disk /", "Disk /var", "Load", "Memory", "Swap", "NTP");
    static final List<String> WINDOWS_CHECKS = List.of("CPU", "Disk C:", "Memory", "Windows Update");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        write(root.resolve("nagios.cfg"), mainConfig());
        write(root.resolve("objects/commands.cfg"), commands());
        write(root.resolve("objects/timeperiods.cfg"), timeperiods());
        write(root.resolve("objects/templates.cfg"), templates());
        write(root.resolve("objects/groups.cfg"), groups());
        for (String customer : CUSTOMERS.keySet().stream().sorted().toList()) {
            Path folder = customer.equals("naniwa") ? root.resolve("conf.d/customers/legacy") : root.resolve("conf.d/customers");
            write(folder.resolve(customer + "-hosts.cfg"), hosts(customer));
            write(root.resolve("conf.d/services/" + customer + "-services.cfg"), services(customer));
        }
        write(root.resolve("conf.d/services/common.cfg"), commonServices());
        write(root.resolve("conf.d/README.txt"), "Not a .cfg file: Nagios never reads it.\ndefine host {\n");
    }

    static String mainConfig() {
        return """
                # Main Nagios configuration (the object-related part; the rest is Nagios' defaults)
                log_file=/var/log/nagios/nagios.log
                cfg_file=objects/commands.cfg
                cfg_file=objects/timeperiods.cfg
                cfg_file=objects/templates.cfg
                cfg_file=objects/groups.cfg
                cfg_dir=conf.d
                resource_file=/etc/nagios/private/resource.cfg
                status_update_interval=10
                nagios_user=nagios
                check_external_commands=1
                """;
    }

    static String commands() {
        StringBuilder out = new StringBuilder("# Check commands\n");
        for (String name : List.of("check-host-alive", "check_ping", "check_ssh", "check_http", "check_nrpe",
                "check_nt", "check_smtp", "check_tcp")) {
            out.append("define command {\n    command_name    ").append(name)
                    .append("\n    command_line    $USER1$/").append(name.replace('-', '_'))
                    .append(" -H $HOSTADDRESS$ $ARG1$ ; arguments come from the service\n}\n\n");
        }
        return out.toString();
    }

    static String timeperiods() {
        return """
                define timeperiod {
                    timeperiod_name 24x7
                    alias           24 Hours A Day, 7 Days A Week
                    sunday          00:00-24:00
                    monday          00:00-24:00
                    tuesday         00:00-24:00
                    wednesday       00:00-24:00
                    thursday        00:00-24:00
                    friday          00:00-24:00
                    saturday        00:00-24:00
                }

                define timeperiod {
                    timeperiod_name workhours
                    alias           Office hours (JST)
                    monday          09:00-18:00
                    tuesday         09:00-18:00
                    wednesday       09:00-18:00
                    thursday        09:00-18:00
                    friday          09:00-18:00
                }
                """;
    }

    static String templates() {
        return """
                ###############################################################################
                # Host templates
                ###############################################################################
                define host {
                    name                    generic-host    ; referenced by the other templates
                    check_command           check-host-alive
                    max_check_attempts      5
                    check_period            24x7
                    notification_period     24x7
                    notification_interval   30
                    notification_options    d,u,r
                    contact_groups          ops-tokyo
                    register                0               ; a template, not a host
                }

                define host {
                    name                    linux-server
                    use                     generic-host
                    _OS                     linux
                    register                0
                }

                define host {
                    name                    windows-server
                    use                     generic-host
                    _OS                     windows
                    check_interval          10
                    register                0
                }

                # Hosts too old for the PagerDuty plugin: their alerts go out by mail.
                define host {
                    name                    legacy-server
                    use                     linux-server
                    _PD_INTEGRATION         email
                    register                0
                }

                # One template per customer, mixed in next to the OS template.
                define host {
                    name                    kaede-host
                    _PD_SERVICE             Kaede Bank Infrastructure
                    contact_groups          +kaede-escalation
                    register                0
                }

                define host {
                    name                    sakura-host
                    _PD_SERVICE             Sakura Retail Infrastructure
                    register                0
                }

                define host {
                    name                    minato-host
                    _PD_SERVICE             Minato Logistics Infrastructure
                    register                0
                }

                define host {
                    name                    naniwa-host
                    _PD_SERVICE             Naniwa Clinic Infrastructure
                    register                0
                }

                define host {
                    name                    msp-host
                    _PD_SERVICE             MSP Internal Infrastructure
                    register                0
                }

                ###############################################################################
                # Service templates
                ###############################################################################
                define service {
                    name                    generic-service
                    max_check_attempts      3
                    check_interval          5
                    retry_interval          1
                    check_period            24x7
                    notification_period     24x7
                    notification_options    w,u,c,r
                    register                0
                }

                define service {
                    name                    critical-service
                    use                     generic-service
                    max_check_attempts      2
                    notification_interval   15
                    servicegroups           critical-checks
                    register                0
                }

                define service {
                    name                    web-check
                    use                     critical-service
                    servicegroups           +customer-facing-web  ; added to critical-checks
                    register                0
                }

                define service {
                    name                    backup-check
                    use                     generic-service
                    check_interval          60
                    servicegroups           backups
                    register                0
                }
                """;
    }

    static String groups() {
        StringBuilder out = new StringBuilder("# Host groups: one per customer role. Members come from the hosts' "
                + "hostgroups lines,\n# except where listed here.\n");
        for (Role role : ROLES) {
            out.append("define hostgroup {\n    hostgroup_name  ").append(role.group())
                    .append("\n    alias           ").append(role.alias()).append('\n');
            if (role.customer().equals("sakura")) {
                out.append("    members         ").append(String.join(",", role.hostNames())).append('\n');
            }
            out.append("}\n\n");
        }
        out.append("""
                # Nested: every Kaede Bank host.
                define hostgroup {
                    hostgroup_name      kaede-all
                    alias               Kaede Bank (all hosts)
                    hostgroup_members   kaede-web,kaede-db,kaede-pay,kaede-batch
                }

                define servicegroup {
                    servicegroup_name   critical-checks
                    alias               Checks that page at once
                }

                define servicegroup {
                    servicegroup_name   customer-facing-web
                    alias               Customer-facing web sites
                }

                define servicegroup {
                    servicegroup_name   backups
                    alias               Backup jobs of all customers
                }

                define servicegroup {
                    servicegroup_name   payments
                    alias               Kaede Bank payments chain
                    members             kaede-pay-01,Gateway API,kaede-pay-02,Gateway API,\\
                                        kaede-pay-01,Settlement queue,kaede-pay-02,Settlement queue,\\
                                        kaede-db-01,Oracle listener
                }
                """);
        return out.toString();
    }

    static String hosts(String customer) {
        StringBuilder out = new StringBuilder("# " + CUSTOMERS.get(customer) + " hosts\n");
        int address = 10;
        for (Role role : ROLES) {
            if (!role.customer().equals(customer)) {
                continue;
            }
            for (String host : role.hostNames()) {
                out.append("define host {\n");
                line(out, "use", role.template() + "," + customer + "-host");
                line(out, "host_name", host);
                line(out, "alias", role.alias() + " " + host.substring(host.length() - 2));
                line(out, "address", "10." + (20 + ROLES.indexOf(role)) + ".0." + address++);
                if (!customer.equals("sakura")) {
                    line(out, "hostgroups", role.group());
                }
                out.append("}\n\n");
            }
        }
        return out.toString();
    }

    static String services(String customer) {
        StringBuilder out = new StringBuilder("; " + CUSTOMERS.get(customer) + " application checks\n");
        for (Role role : ROLES) {
            if (!role.customer().equals(customer)) {
                continue;
            }
            for (String check : role.checks()) {
                out.append("define service {\n");
                line(out, "use", template(role, check));
                line(out, "hostgroup_name", role.group());
                line(out, "service_description", check);
                line(out, "check_command", "check_nrpe!" + check.toLowerCase().replaceAll("[^a-z0-9]+", "_"));
                if (customer.equals("kaede") && role.name().equals("pay")) {
                    line(out, "_PD_SERVICE", "Kaede Bank Payments Gateway");
                }
                out.append("}\n\n");
            }
        }
        return out.toString();
    }

    private static String template(Role role, String check) {
        if (role.name().equals("backup")) {
            return "backup-check";
        }
        if (check.startsWith("HTTP")) {
            return "web-check";
        }
        return role.customer().equals("kaede") ? "critical-service" : "generic-service";
    }

    static String commonServices() {
        StringJoiner linuxGroups = new StringJoiner(",\\\n                        ");
        ROLES.stream().filter(role -> !role.template().equals("windows-server")).map(Role::group)
                .forEach(linuxGroups::add);
        StringBuilder out = new StringBuilder("# Checks every host of a kind has\n");
        out.append("define service {\n    use                 generic-service\n    host_name           *\n")
                .append("    service_description PING\n    check_command       check_ping!100.0,20%!500.0,60%\n}\n\n");
        for (String check : LINUX_CHECKS) {
            out.append("define service {\n    use                 generic-service\n    hostgroup_name      ")
                    .append(linuxGroups).append("\n    service_description ").append(check)
                    .append("\n    check_command       check_nrpe!check_").append(check.toLowerCase()
                            .replaceAll("[^a-z0-9]+", "_")).append("\n}\n\n");
        }
        for (String check : WINDOWS_CHECKS) {
            out.append("define service {\n    use                 generic-service\n    host_name           *\n")
                    .append("    hostgroup_name      !kaede-all,!sakura-web,!sakura-db,!minato-wms,!minato-edi,")
                    .append("!minato-db,!naniwa-emr,!naniwa-mail,!naniwa-db,!msp-mon,!msp-backup,!msp-vpn\n")
                    .append("    service_description ").append(check)
                    .append("\n    check_command       check_nt!").append(check.toUpperCase().replaceAll("[^A-Z0-9]+", ""))
                    .append("\n}\n\n");
        }
        return out.toString();
    }

    static void line(StringBuilder out, String name, String value) {
        out.append(String.format("    %-20s%s%n", name, value));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
