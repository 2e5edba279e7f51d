package io.pdgitops.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code validate}. */
enum ReportFormat {
    TEXT,
    JSON,
    GITHUB;

    /** Accepts the lower-case names shown in the help: text, json, github. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected text, json or github, not '" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
