package io.pdgitops.drift;

import io.pdgitops.diff.ResourceKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pd-gitops export} command that writes an unmanaged object as YAML, ready to copy into the
 * repository. An unmanaged integration is exported with its service, where it is declared.
 */
public final class ExportHint {

    /** The folder the suggested command writes to; any new folder will do. */
    public static final String FOLDER = "adopted";

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$|]");

    private ExportHint() {
    }

    public static String command(UnmanagedObject object) {
        ResourceKey owner = object.key().owner();
        return "pd-gitops export --kind " + owner.kind().displayName() + " --name-regex "
                + shellQuoted("^" + REGEX_SPECIAL.matcher(owner.name()).replaceAll(match -> Matcher.quoteReplacement(
                        "\\" + match.group())) + "$")
                + " " + FOLDER;
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
