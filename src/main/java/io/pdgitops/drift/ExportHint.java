package io.pdgitops.drift;

import io.pdgitops.diff.ResourceKey;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code pd-gitops export} command that writes an unmanaged object as YAML, ready to copy into the
 * repository. An unmanaged integration is exported with its service, where it is declared; an unmanaged maintenance
 * window on its own ({@code --kind MaintenanceWindow}), naming the services it silences, which the repository declares
 * or drift lists as unmanaged too.
 */
public final class ExportHint {

    /** The folder the suggested command writes to; any new folder will do. */
    public static final String FOLDER = "adopted";

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

    private ExportHint() {
    }

    public static String command(UnmanagedObject object) {
        List<ResourceKey> with = object.exportedWith();
        String names = with.stream().map(key -> REGEX_SPECIAL.matcher(key.name())
                        .replaceAll(match -> Matcher.quoteReplacement("\\" + match.group())))
                .collect(Collectors.joining("|"));
        return "pd-gitops export --kind " + with.get(0).kind().displayName() + " --name-regex "
                + shellQuoted(with.size() == 1 ? "^" + names + "$" : "^(" + names + ")$") + " " + FOLDER;
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
