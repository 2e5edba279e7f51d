package io.pdgitops.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code preview}. */
enum PreviewFormat {
    TEXT,
    MARKDOWN,
    JSON,
    ICS;

    /** Accepts the lower-case names shown in the help. */
    static final class Converter implements ITypeConverter<PreviewFormat> {
        @Override
        public PreviewFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected text, markdown, json or ics, not '" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
