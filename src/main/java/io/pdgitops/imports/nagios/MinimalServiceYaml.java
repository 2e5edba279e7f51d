package io.pdgitops.imports.nagios;

import io.pdgitops.model.Integration;
import io.pdgitops.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields an import sets (name, description, escalation policy, integrations with their type and email
 * address) in block style; any other field of the service is left out. Strings are written plain when YAML 1.2
 * reads them back as the same string, double-quoted otherwise.
 */
public final class MinimalServiceYaml implements ServiceYaml {

    private static final Set<String> YAML_WORDS = Set.of("true", "false", "null", "~", "yes", "no", "on", "off");

    @Override
    public String render(Service service) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: Service\n");
        yaml.append("name: ").append(scalar(service.name())).append('\n');
        service.description().ifPresent(text -> yaml.append("description: ").append(scalar(text)).append('\n'));
        yaml.append("escalation_policy: ").append(scalar(service.escalationPolicy())).append('\n');
        List<Integration> integrations = service.integrations().orElse(List.of());
        if (!integrations.isEmpty()) {
            yaml.append("integrations:\n");
        }
        for (Integration integration : integrations) {
            yaml.append("  - name: ").append(scalar(integration.name())).append('\n');
            yaml.append("    type: ").append(integration.type().yamlName()).append('\n');
            integration.integrationEmail().ifPresent(email -> yaml.append("    integration_email: ")
                    .append(scalar(email)).append('\n'));
        }
        return yaml.toString();
    }

    static String scalar(String text) {
        boolean plain = text.matches("[A-Za-z_][A-Za-z0-9 _./@()+-]*") && !text.endsWith(" ")
                && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
