package io.pdgitops.imports.nagios;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Nagios side of the wiring, following PagerDuty's Nagios integration guide: one {@code define contact} per
 * service whose {@code pager} is the service's integration key, the two {@code define command}s of the pd-nagios
 * plugin they call (unless the configuration already has them, as PagerDuty's {@code pagerduty.cfg} does), for
 * email services a contact that mails the integration's address, the time period the contacts use, and the
 * assignment of each contact to the hosts and checks the import routed to its service.
 *
 * <p>The assignment is a host or service escalation that covers every notification (first 1, last 0) and names
 * the PagerDuty contact beside whoever the object notifies today: Nagios has no other way to add a contact to an
 * object defined in the user's own files without editing them, and because an escalation replaces the object's
 * contacts while it applies, it names them all again.
 */
public final class NagiosContacts {

    static final String PD_NAGIOS = "/usr/share/pdagent-integrations/bin/pd-nagios";
    static final String PERIOD = "pagerduty-24x7";
    static final String SERVICE_BY_PAGERDUTY = "notify-service-by-pagerduty";
    static final String HOST_BY_PAGERDUTY = "notify-host-by-pagerduty";
    /** The stock mail commands of Nagios' sample configuration, used when the configuration has them. */
    static final String SERVICE_BY_EMAIL = "notify-service-by-email";
    static final String HOST_BY_EMAIL = "notify-host-by-email";
    /** Else ours, under names no configuration is likely to hold already. */
    static final String PREFIX = "pagerduty-";
    /** Nagios' own default notification interval, in minutes. */
    static final String DEFAULT_INTERVAL = "30";

    private NagiosContacts() {
    }

    public static String contactName(String service) {
        return PREFIX + Slugs.of(service);
    }

    /** The contacts and their commands and time period, with no assignment. */
    public static String render(List<ContactTarget> targets) {
        return render(targets, WiringContext.NONE, null);
    }

    /**
     * @param mapping the import's routes; ignored when the context has no configuration
     */
    public static String render(List<ContactTarget> targets, WiringContext context, ImportMapping mapping) {
        StringBuilder out = new StringBuilder();
        out.append("# PagerDuty contacts written by pd-gitops import nagios contacts.\n")
                .append("# Holds integration keys: keep this file private (readable by the nagios user only).\n");
        boolean pagerduty = targets.stream().anyMatch(target -> !email(target));
        boolean mail = targets.stream().anyMatch(NagiosContacts::email);
        if (pagerduty) {
            command(out, context, SERVICE_BY_PAGERDUTY, PD_NAGIOS + " -n service -k $CONTACTPAGER$ -t "
                    + "\"$NOTIFICATIONTYPE$\" -f SERVICEDESC=\"$SERVICEDESC$\" -f SERVICESTATE=\"$SERVICESTATE$\" "
                    + "-f HOSTNAME=\"$HOSTNAME$\" -f SERVICEOUTPUT=\"$SERVICEOUTPUT$\"");
            command(out, context, HOST_BY_PAGERDUTY, PD_NAGIOS + " -n host -k $CONTACTPAGER$ -t "
                    + "\"$NOTIFICATIONTYPE$\" -f HOSTNAME=\"$HOSTNAME$\" -f HOSTSTATE=\"$HOSTSTATE$\"");
        }
        String serviceByEmail = context.defines("command", SERVICE_BY_EMAIL) ? SERVICE_BY_EMAIL
                : PREFIX + SERVICE_BY_EMAIL;
        String hostByEmail = context.defines("command", HOST_BY_EMAIL) ? HOST_BY_EMAIL : PREFIX + HOST_BY_EMAIL;
        if (mail) {
            // The subject carries what PagerDuty's email rules read: type, host, service and state.
            command(out, context, serviceByEmail, "/usr/bin/printf \"%b\" \"$SERVICEOUTPUT$\\n\" | /usr/bin/mail -s "
                    + "\"** $NOTIFICATIONTYPE$ Service Alert: $HOSTNAME$/$SERVICEDESC$ is $SERVICESTATE$ **\" "
                    + "$CONTACTEMAIL$");
            command(out, context, hostByEmail, "/usr/bin/printf \"%b\" \"$HOSTOUTPUT$\\n\" | /usr/bin/mail -s "
                    + "\"** $NOTIFICATIONTYPE$ Host Alert: $HOSTNAME$ is $HOSTSTATE$ **\" $CONTACTEMAIL$");
        }
        if (!targets.isEmpty() && !context.defines("timeperiod", PERIOD)) {
            out.append("\ndefine timeperiod {\n");
            line(out, "timeperiod_name", PERIOD);
            line(out, "alias", "Always: PagerDuty decides who is paged and when");
            for (String day : List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday")) {
                line(out, day, "00:00-24:00");
            }
            out.append("}\n");
        }
        Map<String, String> contactOf = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (ContactTarget target : targets) {
            // Two service names can make one slug ("Web Shop", "web-shop"); Nagios needs distinct contact names.
            String name = contactName(target.service());
            for (int n = 2; !used.add(name); n++) {
                name = contactName(target.service()) + "-" + n;
            }
            contactOf.put(target.service(), name);
            contact(out, name, target, email(target) ? List.of(serviceByEmail, hostByEmail)
                    : List.of(SERVICE_BY_PAGERDUTY, HOST_BY_PAGERDUTY));
        }
        for (AlertRoute route : context.routes(mapping)) {
            escalation(out, route, contactOf);
        }
        return out.toString();
    }

    /** @param commands the service and host notification commands */
    private static void contact(StringBuilder out, String name, ContactTarget target, List<String> commands) {
        boolean email = email(target);
        out.append("\ndefine contact {\n");
        line(out, "contact_name", name);
        line(out, "alias", "PagerDuty: " + target.service());
        line(out, "service_notification_period", PERIOD);
        line(out, "host_notification_period", PERIOD);
        line(out, "service_notification_options", "w,u,c,r");
        line(out, "host_notification_options", "d,u,r");
        line(out, "service_notification_commands", commands.get(0));
        line(out, "host_notification_commands", commands.get(1));
        line(out, email ? "email" : "pager", target.address());
        out.append("}\n");
    }

    private static void escalation(StringBuilder out, AlertRoute route, Map<String, String> contactOf) {
        Set<String> contacts = new LinkedHashSet<>();
        route.services().stream().map(contactOf::get).filter(Objects::nonNull).forEach(contacts::add);
        if (contacts.isEmpty()) {
            return;
        }
        contacts.addAll(route.notified().contacts());
        out.append("\ndefine ").append(route.check().isPresent() ? "serviceescalation" : "hostescalation")
                .append(" {\n");
        line(out, "host_name", route.host());
        route.check().ifPresent(check -> line(out, "service_description", check));
        line(out, "contacts", String.join(",", contacts));
        if (!route.notified().contactGroups().isEmpty()) {
            line(out, "contact_groups", String.join(",", route.notified().contactGroups()));
        }
        line(out, "first_notification", "1");
        line(out, "last_notification", "0");
        line(out, "notification_interval", route.notified().interval().orElse(DEFAULT_INTERVAL));
        out.append("}\n");
    }

    private static boolean email(ContactTarget target) {
        return target.integrationType().equals(IntegrationChoice.EMAIL);
    }

    private static void command(StringBuilder out, WiringContext context, String name, String commandLine) {
        if (context.defines("command", name)) {
            out.append("\n# ").append(name).append(": the configuration's own definition is used\n");
            return;
        }
        out.append("\ndefine command {\n");
        line(out, "command_name", name);
        line(out, "command_line", commandLine);
        out.append("}\n");
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format("    %-32s %s\n", name, value.replace(";", "\\;")));
    }
}
