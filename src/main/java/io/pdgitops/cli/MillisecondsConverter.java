package io.pdgitops.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a short delay such as {@code 150ms}, {@code 2s} or a bare number of milliseconds. */
final class MillisecondsConverter implements ITypeConverter<Long> {

    private static final Pattern DELAY = Pattern.compile("([0-9]{1,9})(ms|s)?");

    @Override
    public Long convert(String value) {
        Matcher matcher = DELAY.matcher(value.trim());
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a delay: write it like 150ms, 2s or 150");
        }
        long amount = Long.parseLong(matcher.group(1));
        return "s".equals(matcher.group(2)) ? amount * 1000 : amount;
    }
}
