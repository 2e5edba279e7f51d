package io.pdgitops.source;

import java.io.IOException;
import java.io.OutputStream;
import io.pdgitops.load.UnreadFile;
import io.pdgitops.validate.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the files of one folder at one commit straight from the object database into a folder, empty or holding
 * an earlier revision's files (then only the files whose blobs differ are written, and those the commit lacks are
 * deleted). No working tree and no index are involved, so a fetch running at the same time cannot change what is
 * read.
 *
 * <p>Symbolic links are resolved inside the tree, never on disk: a link to a regular file inside the sub-path is
 * written as a copy of that file; any other link (absolute, leaving the sub-path, to a folder or to another link)
 * is skipped and reported. Submodules and files over the size limit are skipped and reported, and more files than
 * the limit stop the walk with the whole folder reported: the loader turns each report into an error of the
 * revision, so nothing left out here can pass for a removed file.
 */
final class TreeMaterializer {

    /** Longer than any path a file system accepts. */
    private static final int MAX_LINK_TARGET_BYTES = 4096;

    private final Repository repository;
    private final SourceLimits limits;
    private final String displayUrl;

    TreeMaterializer(Repository repository, SourceLimits limits, String displayUrl) {
        this.repository = repository;
        this.limits = limits;
        this.displayUrl = displayUrl;
    }

    /**
     * @param present the files already in {@code target} with their blob ids (a folder kept from an earlier
     *     revision, or none): a file whose blob is unchanged is not written again, and one the commit no longer has is
     *     deleted
     * @param release what closing the snapshot does with its folder
     */
    TreeSnapshot materialize(ObjectId commitId, String subPath, Path target, Map<String, String> present,
            Consumer<TreeSnapshot> release) throws IOException {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit commit = walk.parseCommit(commitId);
            ObjectId subTree = subTree(reader, commit, subPath);
            List<String> files = new ArrayList<>();
            List<UnreadFile> skipped = new ArrayList<>();
            Map<String, String> blobIds = new HashMap<>();
            List<Entry> entries = entries(reader, subTree, skipped);
            Set<String> paths = new HashSet<>();
            entries.forEach(entry -> paths.add(entry.path()));
            removeStale(target, present, paths);
            for (Entry entry : entries) {
                UnreadFile problem;
                if (entry.mode() == FileMode.REGULAR_FILE || entry.mode() == FileMode.EXECUTABLE_FILE) {
                    problem = write(reader, entry.blob(), entry.path(), target, present, blobIds);
                } else if (entry.mode() == FileMode.SYMLINK) {
                    problem = followLink(reader, subTree, entry.blob(), entry.path(), target, present, blobIds);
                } else {
                    problem = new UnreadFile(entry.path(), ViolationCode.UNREADABLE_FILE, "submodules are not read");
                }
                if (problem == null) {
                    files.add(entry.path());
                } else {
                    skipped.add(problem);
                }
            }
            // A file of the kept folder that this commit has but could not write (now too large, say) must go too.
            for (String path : present.keySet()) {
                if (paths.contains(path) && !blobIds.containsKey(path)) {
                    delete(target, path);
                }
            }
            files.sort(null);
            return new TreeSnapshot(commit.name(), target, files, skipped, blobIds, release);
        }
    }

    /** One entry of the sub-path's tree: read first, so that stale files are gone before anything is written. */
    private record Entry(String path, FileMode mode, ObjectId blob) {
    }

    private List<Entry> entries(ObjectReader reader, ObjectId subTree, List<UnreadFile> skipped) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(subTree);
            tree.setRecursive(true);
            while (tree.next()) {
                if (entries.size() == limits.maxFiles()) {
                    skipped.add(UnreadFile.tooManyFiles(limits.maxFiles()));
                    break;
                }
                entries.add(new Entry(tree.getPathString(), tree.getFileMode(0), tree.getObjectId(0)));
            }
        }
        return entries;
    }

    /**
     * Deletes the kept files this commit does not have at all, and the folders they leave empty: a path that was a
     * file and is now a folder, or the other way round, is free before the commit's files are written.
     */
    private static void removeStale(Path target, Map<String, String> present, Set<String> paths) throws IOException {
        for (String path : present.keySet()) {
            if (!paths.contains(path)) {
                delete(target, path);
            }
        }
    }

    private static void delete(Path target, String path) throws IOException {
        Path file = target.resolve(path);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(target) && dir.startsWith(target)
                && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
            try (Stream<Path> left = Files.list(dir)) {
                if (left.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
        }
    }

    private ObjectId subTree(ObjectReader reader, RevCommit commit, String subPath) throws IOException {
        if (subPath.isEmpty()) {
            return commit.getTree();
        }
        try (TreeWalk found = TreeWalk.forPath(reader, subPath, commit.getTree())) {
            if (found == null) {
                throw new GitSourceException("sub-path '" + subPath + "' does not exist at commit "
                        + commit.name() + " in " + displayUrl);
            }
            if (found.getFileMode(0) != FileMode.TREE) {
                throw new GitSourceException("sub-path '" + subPath + "' is not a folder at commit "
                        + commit.name() + " in " + displayUrl);
            }
            return found.getObjectId(0);
        }
    }

    /** Returns null when the link was written as a copy of its target, or why it was skipped. */
    private UnreadFile followLink(ObjectReader reader, ObjectId subTree, ObjectId linkBlob, String path, Path target,
            Map<String, String> present, Map<String, String> blobIds) throws IOException {
        if (reader.getObjectSize(linkBlob, Constants.OBJ_BLOB) > MAX_LINK_TARGET_BYTES) {
            return unreadable(path, "symbolic link target is longer than " + MAX_LINK_TARGET_BYTES
                    + " bytes, not followed");
        }
        String linkTarget = new String(reader.open(linkBlob, Constants.OBJ_BLOB).getCachedBytes(),
                StandardCharsets.UTF_8);
        Path resolved;
        try {
            Path parent = Path.of(path).getParent();
            resolved = (parent == null ? Path.of(linkTarget) : parent.resolve(linkTarget)).normalize();
        } catch (InvalidPathException e) {
            return unreadable(path, "symbolic link target is not a valid path, not followed");
        }
        if (linkTarget.startsWith("/") || resolved.isAbsolute() || resolved.startsWith("..")
                || resolved.toString().isEmpty()) {
            return new UnreadFile(path, ViolationCode.SYMLINK_ESCAPES_REPO,
                    "symbolic link to '" + linkTarget + "' points outside the sub-path, not followed");
        }
        String inside = resolved.toString().replace('\\', '/');
        try (TreeWalk found = TreeWalk.forPath(reader, inside, subTree)) {
            if (found == null) {
                return unreadable(path, "symbolic link to '" + linkTarget + "' points to nothing");
            }
            FileMode mode = found.getFileMode(0);
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                return unreadable(path, "symbolic link to '" + linkTarget + "' is not a regular file, not followed");
            }
            return write(reader, found.getObjectId(0), path, target, present, blobIds);
        }
    }

    private static UnreadFile unreadable(String path, String reason) {
        return new UnreadFile(path, ViolationCode.UNREADABLE_FILE, reason);
    }

    /**
     * Returns null when the file was written (its blob id noted in {@code blobIds}), or why it was not: its size is
     * known before a byte is read.
     */
    private UnreadFile write(ObjectReader reader, ObjectId blob, String path, Path target, Map<String, String> present,
            Map<String, String> blobIds) throws IOException {
        if (blob.name().equals(present.get(path))) {
            blobIds.put(path, blob.name()); // the kept folder has these very bytes
            return null;
        }
        long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
        if (size > limits.maxFileBytes()) {
            return UnreadFile.tooLarge(path, size, limits.maxFileBytes());
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target)) {
            throw new GitSourceException("refusing path '" + path + "' that leaves the tree (" + displayUrl + ")");
        }
        Files.createDirectories(file.getParent());
        // Over a kept file whose blob changed, or a new one; never through a link, as nothing here writes links.
        try (OutputStream out = Files.newOutputStream(file)) {
            reader.open(blob, Constants.OBJ_BLOB).copyTo(out);
        }
        blobIds.put(path, blob.name());
        return null;
    }
}
