package io.pdgitops.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/** A repository in a temp folder that tests commit to, standing in for the remote. */
final class OriginRepository implements AutoCloseable {

    static final PersonIdent AUTHOR = new PersonIdent("Hanako Sato", "hanako@example.com",
            Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.ofHours(9));

    private final Git git;
    private final Path workTree;

    private OriginRepository(Git git, Path workTree) {
        this.git = git;
        this.workTree = workTree;
    }

    static OriginRepository create(Path dir) throws GitAPIException {
        return new OriginRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    Path dir() {
        return workTree;
    }

    String commit(String message, Map<String, String> files) throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = workTree.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return commitAll(message);
    }

    String symlink(String message, String link, String target) throws IOException, GitAPIException {
        Path path = workTree.resolve(link);
        Files.createDirectories(path.getParent());
        Files.createSymbolicLink(path, Path.of(target));
        return commitAll(message);
    }

    String commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        RevCommit commit = git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
        return commit.name();
    }

    void setRef(String ref, String commitId) throws IOException {
        RefUpdate update = git.getRepository().updateRef(ref);
        update.setNewObjectId(ObjectId.fromString(commitId));
        update.setForceUpdate(true);
        update.update();
    }

    @Override
    public void close() {
        git.close();
    }
}
