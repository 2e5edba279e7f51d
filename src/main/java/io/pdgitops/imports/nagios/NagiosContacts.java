package io.pdgitops.imports.nagios;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Nagios side of the wiring, following PagerDuty's Nagios integration guide: one {@code define contact} per
 * service whose {@code pager} is the service's integration key, the two {@code define command}s of the pd-nagios
 * plugin they call, and for email services a contact that mails the integration's address with the stock
 * {@code notify-*-by-email} commands.
 */
public final class NagiosContacts {

    static final String PD_NAGIOS = "/usr/share/pdagent-integrations/bin/pd-nagios";

    private NagiosContacts() {
    }

    public static String contactName(String service) {
        return "pagerduty-" + Slugs.of(service);
    }

    public static String render(List<ContactTarget> targets) {
        StringBuilder out = new StringBuilder();
        out.append("# PagerDuty contacts written by pd-gitops import nagios contacts.\n")
                .append("# Holds integration keys: keep this file private (mode 0600).\n")
                .append("# Add each contact to the hosts and services whose alerts belong to its PagerDuty service.\n");
        if (targets.stream().anyMatch(target -> target.integrationType().equals(IntegrationChoice.NAGIOS))) {
            command(out, "notify-service-by-pagerduty", PD_NAGIOS + " -n service -k $CONTACTPAGER$ -t "
                    + "\"$NOTIFICATIONTYPE$\" -f SERVICEDESC=\"$SERVICEDESC$\" -f SERVICESTATE=\"$SERVICESTATE$\" "
                    + "-f HOSTNAME=\"$HOSTNAME$\" -f SERVICEOUTPUT=\"$SERVICEOUTPUT$\"");
            command(out, "notify-host-by-pagerduty", PD_NAGIOS + " -n host -k $CONTACTPAGER$ -t "
                    + "\"$NOTIFICATIONTYPE$\" -f HOSTNAME=\"$HOSTNAME$\" -f HOSTSTATE=\"$HOSTSTATE$\"");
        }
        Set<String> used = new HashSet<>();
        for (ContactTarget target : targets) {
            boolean email = target.integrationType().equals(IntegrationChoice.EMAIL);
            // Two service names can make one slug ("Web Shop", "web-shop"); Nagios needs distinct contact names.
            String name = contactName(target.service());
            for (int n = 2; !used.add(name); n++) {
                name = contactName(target.service()) + "-" + n;
            }
            out.append("\ndefine contact {\n");
            line(out, "contact_name", name);
            line(out, "alias", "PagerDuty: " + target.service());
            line(out, "service_notification_period", "24x7");
            line(out, "host_notification_period", "24x7");
            line(out, "service_notification_options", "w,u,c,r");
            line(out, "host_notification_options", "d,r");
            line(out, "service_notification_commands", email ? "notify-service-by-email" : "notify-service-by-pagerduty");
            line(out, "host_notification_commands", email ? "notify-host-by-email" : "notify-host-by-pagerduty");
            line(out, email ? "email" : "pager", target.address());
            out.append("}\n");
        }
        return out.toString();
    }

    private static void command(StringBuilder out, String name, String commandLine) {
        out.append("\ndefine command {\n");
        line(out, "command_name", name);
        line(out, "command_line", commandLine);
        out.append("}\n");
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format("    %-32s %s\n", name, value.replace(";", "\\;")));
    }
}
