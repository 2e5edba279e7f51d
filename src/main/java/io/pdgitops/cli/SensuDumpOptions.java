package io.pdgitops.cli;

import io.pdgitops.imports.nagios.PolicyRules;
import io.pdgitops.imports.sensu.SensuDump;
import io.pdgitops.imports.sensu.SensuDumpException;
import io.pdgitops.imports.sensu.SensuMapBy;
import io.pdgitops.imports.sensu.SensuMapper;
import io.pdgitops.imports.sensu.SensuMapping;
import io.pdgitops.imports.sensu.SensuResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The Sensu dump and the mapping rule, shared by {@code import sensu} and {@code import sensu handler}: the
 * handler step maps the same dump again to annotate each check with its service, so both take the same options.
 */
final class SensuDumpOptions {

    @Option(names = "--dump", paramLabel = "FILE",
            description = "What `sensuctl dump CheckConfig,Entity --all-namespaces` wrote (YAML or wrapped JSON).")
    Path dump;

    @Option(names = "--map-by", paramLabel = "RULE", defaultValue = "subscription",
            description = "One PagerDuty service per subscription, check, or value of a check label (label:KEY). "
                    + "Default: ${DEFAULT-VALUE}.")
    String mapBy;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "A subscription, check or label value (`*` matches any text) that becomes no service, such "
                    + "as a subscription every agent has. Repeatable.")
    List<String> exclude = new ArrayList<>();

    List<SensuResource> resources() throws IOException, SensuDumpException {
        if (dump == null) {
            throw new IllegalArgumentException("--dump FILE is required: what `sensuctl dump` wrote");
        }
        if (!Files.isRegularFile(dump)) {
            throw new IllegalArgumentException("--dump: no such file: " + dump);
        }
        return SensuDump.parse(dump.toString(), Files.readString(dump, StandardCharsets.UTF_8));
    }

    SensuMapBy rule() {
        return SensuMapBy.parse(mapBy);
    }

    SensuMapping map(List<SensuResource> resources, PolicyRules policies) {
        return SensuMapper.map(resources, rule(), policies, exclude);
    }
}
