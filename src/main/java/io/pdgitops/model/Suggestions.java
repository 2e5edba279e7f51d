package io.pdgitops.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the closest known word by edit distance, if it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, word.length() / 3);
        return bestDistance <= tolerated && !word.equals(best) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The hint as text to append to a message, or nothing. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> "; did you mean `" + s + "`?").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
