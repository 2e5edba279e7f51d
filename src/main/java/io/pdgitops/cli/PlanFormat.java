package io.pdgitops.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats of {@code plan}, {@code apply} and {@code drift}. */
enum PlanFormat {
    TEXT,
    MARKDOWN,
    JSON,
    /** GitHub Actions: annotations in the log and, for plan, Markdown in the job summary. */
    GITHUB;

    /** Accepts the lower-case names shown in the help: text, markdown, json, github. */
    static final class Converter implements ITypeConverter<PlanFormat> {
        @Override
        public PlanFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected text, markdown, json or github, not '" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
