package io.pdgitops.imports.nagios;

import java.text.Normalizer;
import java.util.Locale;

/** Names made safe for file names, email local parts and Nagios contact names. */
public final class Slugs {

    private Slugs() {
    }

    /** Lower-case letters, digits and single dashes; "service" when nothing of the name is left. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "service" : slug;
    }
}
