package io.pdgitops.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code plan}, {@code apply} and {@code drift}. */
enum PlanFormat {
    TEXT,
    MARKDOWN,
    JSON;

    /** Accepts the lower-case names shown in the help: text, markdown, json. */
    static final class Converter implements ITypeConverter<PlanFormat> {
        @Override
        public PlanFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected text, markdown or json, not '" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
