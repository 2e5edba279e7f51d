package io.pdgitops.imports.nagios;

import java.util.Optional;

/**
 * What an import does with one file of the repository.
 *
 * @param path relative to the repository root, forward slashes
 * @param service the service it concerns; empty for {@link Kind#STALE}
 * @param content what to write, for the kinds that write
 * @param detail why, for the summary
 */
public record FileAction(Kind kind, String path, Optional<ImportedService> service, Optional<String> content,
        String detail) {

    public enum Kind {
        CREATE("create", true),
        UPDATE("update", true),
        OVERWRITE_EDITED("overwrite", true),
        UNCHANGED("unchanged", false),
        KEEP_EDITED("keep", false),
        CONFLICT("conflict", false),
        STALE("stale", false);

        private final String label;
        private final boolean writes;

        Kind(String label, boolean writes) {
            this.label = label;
            this.writes = writes;
        }

        public String label() {
            return label;
        }

        public boolean writes() {
            return writes;
        }
    }
}
