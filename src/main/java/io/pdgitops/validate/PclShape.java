package io.pdgitops.validate;

/**
 * The outward shape of a PCL condition (PagerDuty Condition Language), not its grammar: PagerDuty alone knows the
 * operators and paths it accepts, but a blank condition, an open quote or an unbalanced bracket is wrong whatever
 * they are, and is cheaper found in review than refused at apply.
 */
final class PclShape {

    private PclShape() {
    }

    /** @return what is wrong with the condition's shape, or null when nothing is */
    static String problem(String condition) {
        if (condition.isBlank()) {
            return "a condition cannot be empty; leave `when` out to match every event";
        }
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return "`)` closes no `(` in `" + condition + "`";
            }
        }
        if (quote != 0) {
            return "the quote " + quote + " is never closed in `" + condition + "`";
        }
        return depth > 0 ? "a `(` is never closed in `" + condition + "`" : null;
    }
}
