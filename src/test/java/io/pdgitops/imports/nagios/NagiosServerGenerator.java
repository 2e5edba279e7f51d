package io.pdgitops.imports.nagios;

import static io.pdgitops.imports.nagios.NagiosFixtureGenerator.line;
import static io.pdgitops.imports.nagios.NagiosFixtureGenerator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes one Nagios server of a managed-service provider from a seed, for tests that need a configuration the size
 * of a real one without a checked-in blob: several customers, each with a contact group and host groups of hosts,
 * templates, office hours, holidays and a period excluding them, exclusions in host lists, and lists continued over
 * several lines. The same seed writes the same files; {@link Server} says what they hold, so that tests derive
 * their expectations from the generator's input.
 */
public final class NagiosServerGenerator {

    /**
     * What one generated server holds.
     *
     * @param hostgroups one per customer role: what {@code --map-by hostgroup} makes PagerDuty services of
     * @param contactGroups one per customer: what {@code --people} makes escalation policies of
     * @param officeHours the host groups notified in office hours only (every third): support hours in PagerDuty
     * @param holidays the host groups notified in office hours except holidays (every third): not expressible
     */
    public record Server(String name, Path mainConfig, int hosts, int checks, List<String> hostgroups,
            List<String> contactGroups, List<String> officeHours, List<String> holidays) {
    }

    /** Host templates by the period their hosts and checks notify in, round the roles. */
    private static final List<String> PERIOD_TEMPLATES = List.of("generic-host", "workhours-host", "office-host");

    private static final List<String> CUSTOMERS = List.of("kaede", "sakura", "minato", "naniwa", "hikari",
            "tsubasa");
    private static final List<String> ROLES = List.of("web", "db", "app", "batch", "mail", "vpn", "edi", "pos");
    private static final List<String> APP_CHECKS = List.of("HTTP", "HTTPS certificate", "Application log",
            "Queue depth", "Replication lag", "Connections", "Batch scheduler", "Certificate expiry");

    private final Random random;
    private final String server;
    private final List<String> emails;

    private NagiosServerGenerator(long seed, String server, List<String> emails) {
        this.random = new Random(seed);
        this.server = server;
        this.emails = emails;
    }

    /**
     * @param emails the people the contacts are, e.g. those the sandbox knows
     * @param minimumChecks roles are added until the server has at least this many service checks
     * @param user the user and group Nagios runs as, so that {@code nagios -v} can read a private copy
     */
    public static Server generate(Path root, String server, long seed, List<String> emails, int minimumChecks,
            String user, String group) throws IOException {
        return new NagiosServerGenerator(seed, server, emails).files(root, minimumChecks, user, group);
    }

    private Server files(Path root, int minimumChecks, String user, String group) throws IOException {
        List<String> customers = new ArrayList<>(CUSTOMERS);
        Collections.shuffle(customers, random);
        customers = customers.subList(0, 3);
        StringBuilder people = new StringBuilder(CONTACT_TEMPLATE);
        StringBuilder templates = new StringBuilder(TEMPLATES);
        for (String period : List.of("workhours", "office")) {
            templates.append("define host {\n");
            line(templates, "name", period + "-host");
            line(templates, "use", "generic-host");
            line(templates, "notification_period", period);
            line(templates, "register", "0");
            templates.append("}\n\n");
        }
        List<String> contactGroups = new ArrayList<>();
        for (String customer : customers) {
            String contactGroup = server + "-" + customer + "-ops";
            contactGroups.add(contactGroup);
            List<String> members = new ArrayList<>();
            for (String email : pick(emails, 2)) {
                String contact = customer + "-" + email.substring(0, email.indexOf('@')).replace('.', '-');
                members.add(contact);
                people.append("define contact {\n");
                line(people, "use", "person");
                line(people, "contact_name", contact);
                line(people, "email", email);
                people.append("}\n\n");
            }
            people.append("define contactgroup {\n");
            line(people, "contactgroup_name", contactGroup);
            line(people, "alias", capital(server) + " " + capital(customer) + " operations");
            line(people, "members", String.join(",", members));
            people.append("}\n\n");
            templates.append("define host {\n");
            line(templates, "name", customer + "-host");
            line(templates, "contact_groups", contactGroup);
            line(templates, "register", "0");
            templates.append("}\n\n");
        }
        List<String> hostgroups = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<String> officeHours = new ArrayList<>();
        List<String> holidays = new ArrayList<>();
        StringBuilder perCustomer = new StringBuilder();
        int hosts = 0;
        int checks = 0;
        // Roles go round the customers until the server is big enough.
        for (int r = 0; checks < minimumChecks; r++) {
            String customer = customers.get(r % customers.size());
            String role = ROLES.get(r / customers.size() % ROLES.size())
                    + (r >= customers.size() * ROLES.size() ? "-" + r : "");
            String hostgroup = server + "-" + customer + "-" + role;
            int size = 3 + random.nextInt(6);
            hostgroups.add(hostgroup);
            String hostTemplate = PERIOD_TEMPLATES.get(r % PERIOD_TEMPLATES.size());
            (hostTemplate.equals("workhours-host") ? officeHours : hostTemplate.equals("office-host") ? holidays
                    : new ArrayList<String>()).add(hostgroup);
            sizes.add(size);
            perCustomer.append("define hostgroup {\n");
            line(perCustomer, "hostgroup_name", hostgroup);
            line(perCustomer, "alias", capital(customer) + " " + role + " servers (" + server + ")");
            perCustomer.append("}\n\n");
            for (int h = 1; h <= size; h++) {
                perCustomer.append("define host {\n");
                line(perCustomer, "use", hostTemplate + "," + customer + "-host");
                line(perCustomer, "host_name", String.format("%s-%02d", hostgroup, h));
                line(perCustomer, "address", "10." + (r % 250) + "." + (h / 250) + "." + (h % 250 + 1));
                line(perCustomer, "hostgroups", hostgroup);
                perCustomer.append("}\n\n");
            }
            List<String> own = pick(APP_CHECKS, 1 + random.nextInt(3));
            for (String check : own) {
                perCustomer.append("define service {\n");
                // No notification_period: a check notifies in its host's (Nagios 4's implied inheritance).
                line(perCustomer, "use", "generic-service");
                line(perCustomer, "hostgroup_name", hostgroup);
                line(perCustomer, "service_description", check);
                line(perCustomer, "check_command", "check_nrpe!" + check.toLowerCase().replaceAll("[^a-z0-9]+", "_"));
                perCustomer.append("}\n\n");
            }
            hosts += size;
            // Its own checks, PING on every host, SSH on all groups but the first; Disk everywhere but the last.
            checks += size * own.size() + size;
        }
        int ssh = hosts - sizes.get(0);
        int disk = hosts - sizes.get(sizes.size() - 1);
        StringBuilder common = new StringBuilder("# Checks every host has, with exclusions and continued lines\n");
        common.append("define service {\n    use                 generic-service\n    host_name           *\n")
                .append("    service_description PING\n    check_command       check_ping!100.0,20%!500.0,60%\n}\n\n");
        common.append("define service {\n    use                 generic-service\n    hostgroup_name      ")
                .append(String.join(",\\\n                        ", hostgroups.subList(1, hostgroups.size())))
                .append("\n    service_description SSH\n    check_command       check_nrpe!check_ssh\n}\n\n");
        common.append("define service {\n    use                 generic-service\n    host_name           *\n")
                .append("    hostgroup_name      !").append(hostgroups.get(hostgroups.size() - 1))
                .append("  ; its disks are checked by the storage team\n")
                .append("    service_description Disk /\n    check_command       check_nrpe!check_disk\n}\n\n");
        checks += ssh + disk;

        Path var = Files.createDirectories(root.resolve("var/check"));
        StringBuilder main = new StringBuilder("# Nagios server " + server + "\n")
                .append("cfg_file=objects/commands.cfg\ncfg_file=objects/timeperiods.cfg\n")
                .append("cfg_file=objects/templates.cfg\ncfg_file=objects/people.cfg\ncfg_dir=conf.d\n")
                .append("illegal_macro_output_chars=`~$&|'\"<>\n")
                .append("check_result_path=").append(var).append('\n');
        for (String file : List.of("log_file", "lock_file", "temp_file", "status_file", "object_cache_file",
                "precached_object_file", "state_retention_file", "command_file")) {
            main.append(file).append('=').append(var.getParent().resolve(file)).append('\n');
        }
        main.append("nagios_user=").append(user).append("\nnagios_group=").append(group).append('\n');
        write(root.resolve("nagios.cfg"), main.toString());
        write(root.resolve("objects/commands.cfg"), COMMANDS);
        write(root.resolve("objects/timeperiods.cfg"), timeperiods(server));
        write(root.resolve("objects/templates.cfg"), templates.toString());
        write(root.resolve("objects/people.cfg"), people.toString());
        write(root.resolve("conf.d/customers.cfg"), perCustomer.toString());
        write(root.resolve("conf.d/common.cfg"), common.toString());
        return new Server(server, root.resolve("nagios.cfg"), hosts, checks, hostgroups, contactGroups, officeHours,
                holidays);
    }

    private <T> List<T> pick(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, n));
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static final String COMMANDS = """
            define command {
                command_name    check-host-alive
                command_line    /bin/true
            }

            define command {
                command_name    check_ping
                command_line    /bin/true $ARG1$ $ARG2$
            }

            define command {
                command_name    check_nrpe
                command_line    /bin/true $ARG1$
            }

            define command {
                command_name    notify-by-email
                command_line    /usr/bin/printf "%b" "$NOTIFICATIONTYPE$" | /usr/bin/mail -s "$HOSTNAME$" $CONTACTEMAIL$
            }
            """;

    /**
     * The realistic fixture's always and office hours (the latter also a template), the server's holidays (dates and
     * "the nth weekday of a month"), and office hours without them.
     */
    private static String timeperiods(String server) {
        return NagiosFixtureGenerator.timeperiods().replace("    timeperiod_name workhours",
                "    name            workhours\n    timeperiod_name workhours") + """

                define timeperiod {
                    timeperiod_name SERVER-holidays
                    alias           Holidays of SERVER
                    january 1       00:00-24:00
                    monday 2 january 00:00-24:00
                    monday 3 july   00:00-24:00
                    2026-12-31      00:00-24:00
                }

                define timeperiod {
                    timeperiod_name office
                    alias           Office hours except holidays
                    use             workhours
                    exclude         SERVER-holidays
                }
                """.replace("SERVER", server);
    }

    private static final String CONTACT_TEMPLATE = """
            define contact {
                name                            person
                service_notification_period     24x7
                host_notification_period        24x7
                service_notification_options    w,u,c,r
                host_notification_options       d,u,r
                service_notification_commands   notify-by-email
                host_notification_commands      notify-by-email
                register                        0
            }

            """;

    private static final String TEMPLATES = """
            define host {
                name                    generic-host
                check_command           check-host-alive
                max_check_attempts      3
                check_period            24x7
                notification_period     24x7
                notification_interval   30
                register                0
            }

            define service {
                name                    generic-service
                max_check_attempts      3
                check_interval          5
                retry_interval          1
                check_period            24x7
                notification_interval   30
                register                0
            }

            """;
}
