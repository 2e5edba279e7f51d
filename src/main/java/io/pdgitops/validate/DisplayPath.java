package io.pdgitops.validate;

/** Turns a field path like {@code /rules/0/targets} into the form people read: {@code rules[0].targets}. */
public final class DisplayPath {

    private DisplayPath() {
    }

    public static String of(String fieldPath) {
        StringBuilder out = new StringBuilder();
        for (String segment : fieldPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /** The last field name of a path, like {@code targets} for {@code /rules/0/targets}. */
    public static String lastName(String fieldPath) {
        return fieldPath.substring(fieldPath.lastIndexOf('/') + 1);
    }
}
