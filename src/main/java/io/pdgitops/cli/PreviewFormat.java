package io.pdgitops.cli;

import java.util.Locale;

/** Output formats of {@code preview}. */
enum PreviewFormat {
    TEXT,
    MARKDOWN,
    JSON,
    ICS;

    static final class Converter extends LowerCaseEnumConverter<PreviewFormat> {
        Converter() {
            super(PreviewFormat.class);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
