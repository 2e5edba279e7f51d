package io.pdgitops.imports.nagios;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which integration an imported service gets. Nagios (the pd-nagios plugin) by default; email when any of its
 * hosts or checks sets the custom variable (default {@code _PD_INTEGRATION}) to {@code email}: those are the old
 * hosts where no plugin can be installed, and every Nagios can send mail, so one email integration serves the
 * whole service.
 *
 * @param variable upper-cased custom variable name
 * @param emailDomain {@code <subdomain>.pagerduty.com}, where email integrations get their address
 */
public record IntegrationChoice(String variable, Optional<String> emailDomain) {

    public static final String DEFAULT_VARIABLE = "_PD_INTEGRATION";
    public static final String NAGIOS = "nagios";
    public static final String EMAIL = "email";

    public IntegrationChoice {
        variable = variable.toUpperCase(Locale.ROOT);
        emailDomain.ifPresent(domain -> {
            if (!domain.matches("[a-z0-9][a-z0-9-]*\\.pagerduty\\.com")) {
                throw new IllegalArgumentException("--email-domain " + domain
                        + ": expected your account's <subdomain>.pagerduty.com");
            }
        });
    }

    /** {@code nagios}, {@code email}, or empty when the variable is not set; other values are problems. */
    Optional<String> declared(Map<String, String> variables, NagiosLocation at,
            List<NagiosProblem> problems) {
        String value = variables.get(variable);
        if (value == null) {
            return Optional.empty();
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (!normal.equals(NAGIOS) && !normal.equals(EMAIL)) {
            problems.add(new NagiosProblem(at, variable + " is `" + value + "`: expected nagios or email"));
            return Optional.empty();
        }
        return Optional.of(normal);
    }
}
