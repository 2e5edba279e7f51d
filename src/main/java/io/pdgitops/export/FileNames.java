package io.pdgitops.export;

import io.pdgitops.model.ObjectKind;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for exported objects: one folder per kind, a name readable from the object's name, safe on every
 * file system (letters, digits and dashes, lower case, not too long, no device names) and unique even where
 * the file system ignores case. Give names in a stable order to get stable files.
 */
final class FileNames {

    static final Map<ObjectKind, String> FOLDERS = Map.of(
            ObjectKind.TEAM, "teams",
            ObjectKind.SCHEDULE, "schedules",
            ObjectKind.ESCALATION_POLICY, "escalation-policies",
            ObjectKind.SERVICE, "services",
            ObjectKind.BUSINESS_SERVICE, "business-services",
            ObjectKind.WEBHOOK_SUBSCRIPTION, "webhook-subscriptions");

    /** Maintenance windows are documents but no {@link ObjectKind}: PagerDuty gives them no name of their own. */
    static final String WINDOW_FOLDER = "maintenance-windows";
    static final String USER_FOLDER = "users";

    private static final int MAX_STEM = 80;
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private final Set<String> taken = new HashSet<>();

    /** A path relative to the repository root, like {@code services/payments-api.yaml}. */
    String next(ObjectKind kind, String name) {
        return next(FOLDERS.get(kind), name);
    }

    /** A path in {@code folder}, like {@code maintenance-windows/core-db-upgrade.yaml}. */
    String next(String folder, String name) {
        String stem = stem(name);
        String path = folder + "/" + stem + ".yaml";
        for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
            path = folder + "/" + stem + "-" + n + ".yaml";
        }
        return path;
    }

    static String stem(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String stem = UNSAFE.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).replaceAll("-+$", "");
        }
        if (stem.isEmpty()) {
            return "unnamed";
        }
        return WINDOWS_DEVICE.matcher(stem).matches() ? stem + "-" : stem;
    }
}
