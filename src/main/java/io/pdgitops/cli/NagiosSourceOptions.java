package io.pdgitops.cli;

import io.pdgitops.imports.nagios.ImportMapping;
import io.pdgitops.imports.nagios.IntegrationChoice;
import io.pdgitops.imports.nagios.MapBy;
import io.pdgitops.imports.nagios.NagiosConfig;
import io.pdgitops.imports.nagios.NagiosConfigException;
import io.pdgitops.imports.nagios.NagiosInventory;
import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.imports.nagios.NagiosServiceMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The Nagios configuration and the mapping rule, shared by {@code import nagios} and {@code import nagios
 * contacts}: the contacts step maps the same configuration again to assign each contact to the hosts and checks
 * its service receives, so both must be given the same options.
 */
final class NagiosSourceOptions {

    @Option(names = "--config", paramLabel = "NAGIOS_CFG",
            description = "The main Nagios configuration file (nagios.cfg); its cfg_file and cfg_dir are read.")
    Path config;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of the Nagios files, such as Shift_JIS or ISO-8859-1. Default: ${DEFAULT-VALUE}.")
    Charset encoding;

    @Option(names = "--map-by", paramLabel = "RULE", defaultValue = "hostgroup",
            description = "One PagerDuty service per hostgroup, servicegroup, host, or value of a custom variable "
                    + "(var:_PD_SERVICE). Default: ${DEFAULT-VALUE}.")
    String mapBy;

    @Option(names = "--integration-var", paramLabel = "_NAME", defaultValue = IntegrationChoice.DEFAULT_VARIABLE,
            description = "Custom variable that asks for an email integration (value email). Default: ${DEFAULT-VALUE}.")
    String integrationVariable;

    @Option(names = "--email-domain", paramLabel = "SUBDOMAIN.pagerduty.com",
            description = "Where email integrations get their address (<service>@SUBDOMAIN.pagerduty.com).")
    String emailDomain;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "A group, host or variable value (`*` matches any text) that becomes no service, such as a "
                    + "catch-all host group. Repeatable.")
    List<String> exclude = new ArrayList<>();

    boolean hasConfig() {
        return config != null;
    }

    NagiosInventory inventory() throws NagiosConfigException {
        if (!Files.isRegularFile(config)) {
            throw new IllegalArgumentException("--config: no such file: " + config);
        }
        return NagiosConfig.load(config, encoding);
    }

    MapBy rule() {
        return MapBy.parse(mapBy);
    }

    ImportMapping map(NagiosInventory inventory, PolicyRules policies) throws NagiosConfigException {
        return NagiosServiceMapper.map(inventory, rule(), policies,
                new IntegrationChoice(integrationVariable, Optional.ofNullable(emailDomain)), exclude);
    }
}
