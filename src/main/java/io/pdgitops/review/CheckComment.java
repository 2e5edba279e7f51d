package io.pdgitops.review;

/** The one comment a check keeps on a pull or merge request, found again by a marker that readers do not see. */
public final class CheckComment {

    public static final String MARKER = "<!-- pd-gitops:check -->";

    private CheckComment() {
    }

    public static String body(String markdown) {
        return MARKER + "\n" + markdown;
    }

    public static boolean isOurs(String body) {
        return body != null && body.strip().startsWith(MARKER);
    }
}
