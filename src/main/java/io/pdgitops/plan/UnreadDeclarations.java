package io.pdgitops.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a prune whose object was declared by a file that is still in the tree but could not be read. Such a
 * revision is already invalid; this guard stands beside that rule so that a file that is present but unreadable
 * is never taken for a file that was removed, whatever path the plan was reached by.
 */
final class UnreadDeclarations {

    private UnreadDeclarations() {
    }

    /**
     * @param unreadFiles paths, relative to the configuration folder, of files present in the tree but not read
     * @return the refusal naming each object and its file, or empty when no candidate comes from such a file
     */
    static Optional<String> refusal(List<Prune.Candidate> candidates, Inventory inventory, Set<String> unreadFiles) {
        List<String> blocked = candidates.stream()
                .filter(candidate -> inventory.declaringFile(candidate.key()).filter(unreadFiles::contains).isPresent())
                .map(candidate -> candidate.key() + " [" + candidate.liveId() + "] (declared in "
                        + inventory.declaringFile(candidate.key()).orElseThrow() + ")")
                .toList();
        if (blocked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("refused to prune " + String.join(", ", blocked)
                + ": the declaring file is still in the tree but could not be read; fix the file, or remove it"
                + " from the repository to delete what it declared");
    }
}
