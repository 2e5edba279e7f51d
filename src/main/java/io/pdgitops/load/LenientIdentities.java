package io.pdgitops.load;

import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import io.pdgitops.model.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects a file that YAML cannot parse most likely declares, read from its top-level {@code kind:} and
 * {@code name:} lines. The file's syntax error is reported where it is; references to these names elsewhere are
 * then not reported as dangling (a cascade of errors, some with wrong "did you mean" hints, that all go away once
 * the file parses).
 */
final class LenientIdentities {

    private static final Pattern TOP_LEVEL = Pattern.compile("^(kind|name):\\s*(.*?)\\s*(#.*)?$");

    private LenientIdentities() {
    }

    static List<ObjectKey> scan(String text) {
        List<ObjectKey> keys = new ArrayList<>();
        String kind = null;
        String name = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.startsWith("---")) {
                add(kind, name, keys);
                kind = null;
                name = null;
                continue;
            }
            Matcher matcher = TOP_LEVEL.matcher(line);
            if (matcher.matches()) {
                String value = unquote(matcher.group(2));
                if (matcher.group(1).equals("kind")) {
                    kind = value;
                } else {
                    name = value;
                }
            }
        }
        add(kind, name, keys);
        return keys;
    }

    private static void add(String kind, String name, List<ObjectKey> keys) {
        if (kind == null || name == null || name.isEmpty()) {
            return;
        }
        Optional<ObjectKind> declared = Roster.KIND.equals(kind) ? Optional.of(ObjectKind.SCHEDULE)
                : ObjectKind.fromYamlName(kind);
        declared.ifPresent(objectKind -> keys.add(new ObjectKey(objectKind, name)));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
