package io.pdgitops.diff;

import io.pdgitops.model.IgnoreDifference;
import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ignore_differences} from {@code pd-gitops.yaml}. A field like {@code rules.targets} matches every
 * index ({@code rules[0].targets}, {@code rules[1].targets}); a field also covers everything below it,
 * so {@code integrations} ignores every integration field of the matching services.
 */
final class IgnoreRules {

    private static final Pattern SUBSCRIPTS = Pattern.compile("\\[[^\\]]*\\]");

    private final List<IgnoreDifference> rules;

    IgnoreRules(List<IgnoreDifference> rules) {
        this.rules = List.copyOf(rules);
    }

    boolean ignores(ObjectKind kind, String name, String path) {
        String withoutSubscripts = SUBSCRIPTS.matcher(path).replaceAll("");
        return rules.stream()
                .filter(rule -> rule.appliesTo(kind, name))
                .flatMap(rule -> rule.fields().stream())
                .anyMatch(field -> covers(field, path) || covers(field, withoutSubscripts));
    }

    private static boolean covers(String field, String path) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
    }
}
