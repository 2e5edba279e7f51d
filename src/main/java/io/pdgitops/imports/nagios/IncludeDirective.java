package io.pdgitops.imports.nagios;

import java.util.Optional;

/**
 * A line of an object file that names more object files: {@code include_file=}, {@code include_dir=} (and the main
 * file's {@code cfg_file=}/{@code cfg_dir=}, which Nagios also takes there). Nagios reads them where they stand,
 * outside any define block.
 *
 * @param directory whether the value names a folder whose {@code *.cfg} files are all read
 */
record IncludeDirective(String path, boolean directory, NagiosLocation location) {

    /** The directive of an object file line (comment already removed), if it is one. */
    static Optional<IncludeDirective> of(String text, NagiosLocation at) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        String key = text.substring(0, equals).strip();
        String value = text.substring(equals + 1).strip();
        boolean file = key.equals("include_file") || key.equals("cfg_file");
        boolean dir = key.equals("include_dir") || key.equals("cfg_dir");
        if (!file && !dir || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IncludeDirective(value, dir, at));
    }
}
