package io.pdgitops.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A local bare copy of one remote repository, kept in a data directory and updated by incremental fetches.
 *
 * <p>Fetched refs are stored under {@code refs/pd-gitops/}, never as branches, and trees are read from the object
 * database (see {@link TreeMaterializer}), so there is no working tree that a fetch and a read could race on.
 * Methods are synchronized: one instance serves one service; two processes must not share a data directory.
 */
public final class GitSource implements AutoCloseable {

    static final String TRACKED_PREFIX = "refs/pd-gitops/tracked/";
    static final String FETCHED_PREFIX = "refs/pd-gitops/fetched/";
    private static final String REPOSITORY_FOLDER = "repository.git";
    private static final String TREES_FOLDER = "trees";

    private final GitRemote remote;
    private final SourceLimits limits;
    private final Path treesDir;
    private final Repository repository;
    /** The folder of the last closed snapshot, or null; only ever touched under this object's lock. */
    private KeptTree kept;
    private boolean closed;

    private GitSource(GitRemote remote, SourceLimits limits, Path treesDir, Repository repository) {
        this.remote = remote;
        this.limits = limits;
        this.treesDir = treesDir;
        this.repository = repository;
    }

    /** Opens the local copy in {@code dataDir}, creating an empty bare repository on first use. */
    public static GitSource open(GitRemote remote, Path dataDir, SourceLimits limits) {
        return open(remote, dataDir, limits, System::getenv);
    }

    static GitSource open(GitRemote remote, Path dataDir, SourceLimits limits, UnaryOperator<String> env) {
        RemoteKind.requireReachable(remote.url(), remote.displayUrl(), env);
        Path repositoryDir = dataDir.resolve(REPOSITORY_FOLDER);
        Path treesDir = dataDir.resolve(TREES_FOLDER);
        try {
            Files.createDirectories(dataDir);
            // Trees left by a previous run that did not close its snapshots are of no use to anyone.
            TreeSnapshot.deleteRecursively(treesDir);
            Files.createDirectories(treesDir);
            Repository repository = Files.isDirectory(repositoryDir)
                    ? Git.open(repositoryDir.toFile()).getRepository()
                    : Git.init().setBare(true).setDirectory(repositoryDir.toFile()).call().getRepository();
            return new GitSource(remote, limits, treesDir, repository);
        } catch (IOException | GitAPIException e) {
            throw new GitSourceException("cannot open the local copy of " + remote.displayUrl() + " in "
                    + repositoryDir + ": " + remote.redactor().redact(e.getMessage()));
        }
    }

    public GitRemote remote() {
        return remote;
    }

    /** Fetches the tracked branch and returns its head commit id. */
    public synchronized String fetchTrackedBranch() {
        return fetch(remote.branchRef(), TRACKED_PREFIX + remote.branch(), "branch '" + remote.branch() + "'");
    }

    /** The tracked branch head as last fetched, without any network access. */
    public synchronized Optional<String> trackedHead() {
        try {
            return Optional.ofNullable(repository.exactRef(TRACKED_PREFIX + remote.branch()))
                    .map(ref -> ref.getObjectId().name());
        } catch (IOException e) {
            throw new GitSourceException("cannot read the local copy of " + remote.displayUrl() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Makes a ref such as {@code refs/pull/7/head} or {@code refs/merge-requests/7/head}, or a full commit id, available
     * locally and returns its commit id. A commit already present is not fetched again; fetching a commit id that no
     * ref points to works only where the server allows it.
     */
    public synchronized String fetchRef(String refOrCommit) {
        if (ObjectId.isId(refOrCommit)) {
            ObjectId id = ObjectId.fromString(refOrCommit);
            if (hasLocally(id)) {
                return id.name();
            }
            return fetch(id.name(), FETCHED_PREFIX + "commits/" + id.name(), "commit " + id.name());
        }
        if (!refOrCommit.startsWith("refs/") || !Repository.isValidRefName(refOrCommit)) {
            throw new GitSourceException("'" + refOrCommit + "' is neither a full ref name (refs/...) nor a full "
                    + "40-character commit id");
        }
        return fetch(refOrCommit, FETCHED_PREFIX + refOrCommit.substring("refs/".length()), "ref '"
                + refOrCommit + "'");
    }

    public synchronized CommitInfo commitInfo(String commitId) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(parseId(commitId));
            return new CommitInfo(commit.name(), commit.getAuthorIdent().getName(),
                    commit.getAuthorIdent().getEmailAddress(), commit.getShortMessage(),
                    commit.getAuthorIdent().getWhenAsInstant());
        } catch (MissingObjectException e) {
            throw notFetched(commitId);
        } catch (IOException e) {
            throw new GitSourceException("cannot read commit " + commitId + " of " + remote.displayUrl() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Writes the sub-path's files at {@code commitId} into a folder under the data directory. Close the snapshot when
     * done with it: the source keeps one closed snapshot's folder and brings it up to date for the next revision,
     * writing only the files whose blobs changed (at 5,000 services that spares writing and deleting some 3,000
     * files on every sync); any other folder is deleted. A snapshot taken while the kept folder is in use gets a
     * fresh one.
     */
    public synchronized TreeSnapshot materialize(String commitId) {
        ObjectId id = parseId(commitId);
        KeptTree reused = kept;
        kept = null;
        Path target = reused == null ? null : reused.root();
        try {
            if (target == null) {
                target = Files.createTempDirectory(treesDir, id.abbreviate(12).name() + "-");
            }
            return new TreeMaterializer(repository, limits, remote.displayUrl())
                    .materialize(id, remote.subPath(), target, reused == null ? Map.of() : reused.blobIds(), this::release);
        } catch (MissingObjectException e) {
            TreeSnapshot.deleteRecursively(target);
            throw notFetched(commitId);
        } catch (IOException e) {
            TreeSnapshot.deleteRecursively(target);
            throw new GitSourceException("cannot read the tree of " + commitId + " from " + remote.displayUrl()
                    + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A folder left half brought up to date is not kept: what it holds is no longer known.
            TreeSnapshot.deleteRecursively(target);
            throw e;
        }
    }

    /** A closed snapshot's folder: kept for the next one when none is, deleted otherwise. */
    private synchronized void release(TreeSnapshot snapshot) {
        if (kept == null && !closed && Files.isDirectory(snapshot.root())) {
            kept = new KeptTree(snapshot.root(), snapshot.blobIds());
        } else if (kept == null || !kept.root().equals(snapshot.root())) {
            TreeSnapshot.deleteRecursively(snapshot.root());
        }
    }

    /** The folder of a closed snapshot and the blob id of each file in it. */
    private record KeptTree(Path root, Map<String, String> blobIds) {
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (kept != null) {
            TreeSnapshot.deleteRecursively(kept.root());
            kept = null;
        }
        repository.close();
    }

    private String fetch(String sourceRef, String localRef, String what) {
        try (Git git = Git.wrap(repository)) {
            FetchCommand fetch = git.fetch()
                    .setRemote(remote.url())
                    .setRefSpecs(new RefSpec("+" + sourceRef + ":" + localRef))
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setTimeout(Math.toIntExact(limits.timeout().toSeconds()));
            credentials().ifPresent(fetch::setCredentialsProvider);
            fetch.call();
            Ref ref = repository.exactRef(localRef);
            if (ref == null) {
                throw unknown(what);
            }
            return ref.getObjectId().name();
        } catch (GitAPIException | IOException | RuntimeException e) {
            if (e instanceof GitSourceException known) {
                throw known;
            }
            // Tell "the remote has no such ref" from "the remote cannot be reached" by listing its refs.
            boolean reachableWithoutRef = remoteRefs()
                    .map(refs -> refs.stream().noneMatch(r -> r.getName().equals(sourceRef)))
                    .orElse(false);
            if (reachableWithoutRef) {
                throw unknown(what);
            }
            throw new GitSourceException("cannot fetch " + what + " from " + remote.displayUrl() + ": "
                    + remote.redactor().redact(e.getMessage()));
        }
    }

    private boolean hasLocally(ObjectId id) {
        try {
            return repository.getObjectDatabase().has(id);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Collection<Ref>> remoteRefs() {
        try {
            var listing = Git.lsRemoteRepository()
                    .setRemote(remote.url())
                    .setTimeout(Math.toIntExact(limits.timeout().toSeconds()));
            credentials().ifPresent(listing::setCredentialsProvider);
            return Optional.of(listing.call());
        } catch (GitAPIException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<CredentialsProvider> credentials() {
        return remote.token().map(t -> new UsernamePasswordCredentialsProvider(t.user(), t.value()));
    }

    private GitSourceException unknown(String what) {
        return new GitSourceException(what + " not found in " + remote.displayUrl());
    }

    private GitSourceException notFetched(String commitId) {
        return new GitSourceException("commit " + commitId + " is not in the local copy of " + remote.displayUrl()
                + "; fetch it first");
    }

    private ObjectId parseId(String commitId) {
        if (commitId == null || !ObjectId.isId(commitId)) {
            throw new GitSourceException("'" + commitId + "' is not a full 40-character commit id");
        }
        return ObjectId.fromString(commitId);
    }
}
