package io.pdgitops.model;

/**
 * Builds the paths that {@link Origin} uses to locate fields: JSON-Pointer style, like
 * {@code /rules/0/targets/1}, so schema errors and model fields share one addressing scheme.
 */
public final class FieldPath {

    public static final String ROOT = "";

    private FieldPath() {
    }

    public static String of(Object... segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            path.append('/').append(escape(String.valueOf(segment)));
        }
        return path.toString();
    }

    public static String child(String parent, Object segment) {
        return parent + "/" + escape(String.valueOf(segment));
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? ROOT : path.substring(0, slash);
    }

    private static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
