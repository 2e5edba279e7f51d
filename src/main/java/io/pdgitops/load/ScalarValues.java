package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Converts a scalar resolved by the YAML 1.2 core schema to the matching JSON value. */
final class ScalarValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScalarValues() {
    }

    static JsonNode convert(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return JSON.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            return integer(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            return JSON.numberNode(floating(value));
        }
        return JSON.textNode(value);
    }

    private static JsonNode integer(String text) {
        String digits = text;
        int radix = 10;
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
            radix = 16;
        } else if (digits.startsWith("0o")) {
            digits = digits.substring(2);
            radix = 8;
        }
        try {
            BigInteger number = new BigInteger(digits, radix);
            return number.bitLength() < 64 ? JSON.numberNode(number.longValue()) : JSON.numberNode(number);
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
    }

    private static double floating(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nan")) {
            return Double.NaN;
        }
        if (lower.endsWith(".inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
