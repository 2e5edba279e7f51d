package io.pdgitops.write;

import java.util.regex.Pattern;

/**
 * Spells one scalar so that the YAML 1.2 core schema reads back exactly the same value: plain where
 * that is unambiguous, double-quoted otherwise.
 */
final class YamlScalars {

    /** Text the core schema would resolve to null, a boolean or a number if written plain. */
    private static final Pattern CORE_SCHEMA_NON_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
                    + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    /** Words that YAML 1.1 readers (many editors) take for booleans: quoted so every tool agrees. */
    private static final Pattern YAML11_BOOLEAN = Pattern.compile("(?i)y|n|yes|no|on|off");
    /** Conservative plain form: starts with a letter, digit or one of a few safe marks, no flow or comment indicators. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_./(][\\p{L}\\p{N} _./@()+:'-]*");
    /** Times of day are quoted like the documentation shows them, so sexagesimal-minded readers never see a number. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?");

    private YamlScalars() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        return text(value.toString());
    }

    static String text(String text) {
        return needsQuotes(text) ? doubleQuoted(text) : text;
    }

    private static boolean needsQuotes(String text) {
        return text.isEmpty()
                || !PLAIN.matcher(text).matches()
                || text.endsWith(" ") || text.endsWith(":")
                || text.contains(": ") || text.contains(" #")
                || CORE_SCHEMA_NON_STRING.matcher(text).matches()
                || YAML11_BOOLEAN.matcher(text).matches()
                || TIME_OF_DAY.matcher(text).matches();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        return Double.toString(value);
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (c >= 0xd800 && c <= 0xdfff)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
