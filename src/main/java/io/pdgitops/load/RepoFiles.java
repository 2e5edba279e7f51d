package io.pdgitops.load;

import io.pdgitops.model.RepoSettings;
import io.pdgitops.validate.ViolationCode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the configuration files of a repository: included and not excluded by {@code pd-gitops.yaml},
 * sorted by path. Hidden files and folders ({@code .git}, {@code .github}) are never read, and
 * symbolic links are followed only while they stay inside the repository.
 */
public final class RepoFiles {

    /** A file to read, with its path relative to the root (forward slashes). */
    public record Entry(Path path, String relativePath) {
    }

    /** The files found and those found but not read. */
    public record Listing(List<Entry> files, List<UnreadFile> unread) {
    }

    private RepoFiles() {
    }

    /**
     * Lists the configuration files under {@code root}. Entries that would be read but cannot be (broken or escaping
     * links, links to folders, special files) are returned as unread; more than {@code maxFiles} files of any kind
     * stop the walk, so a folder of a million files costs no more than one of {@code maxFiles}.
     */
    public static Listing list(Path root, List<String> include, List<String> exclude, int maxFiles)
            throws IOException {
        Path realRoot = root.toRealPath();
        List<PathMatcher> includes = matchers(include);
        List<PathMatcher> excludes = matchers(exclude);
        List<Entry> files = new ArrayList<>();
        List<UnreadFile> unread = new ArrayList<>();
        int[] seen = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (++seen[0] > maxFiles) {
                    unread.add(UnreadFile.tooManyFiles(maxFiles));
                    return FileVisitResult.TERMINATE;
                }
                String relative = relative(root, file);
                if (file.getFileName().toString().startsWith(".")
                        || relative.equals(RepoSettings.FILE_NAME)
                        || relative.equals(RepoSettings.SANDBOX_SEED_FILE)
                        || !matchesAny(includes, relative)
                        || matchesAny(excludes, relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && !Files.exists(file)) {
                    unread.add(new UnreadFile(relative, ViolationCode.UNREADABLE_FILE, "symbolic link points to nothing"));
                } else if (attrs.isSymbolicLink() && !staysInside(file, realRoot)) {
                    unread.add(new UnreadFile(relative, ViolationCode.SYMLINK_ESCAPES_REPO,
                            "symbolic link points outside the repository; it is not read"));
                } else if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                    files.add(new Entry(file, relative));
                } else if (Files.isDirectory(file)) {
                    unread.add(new UnreadFile(relative, ViolationCode.UNREADABLE_FILE,
                            "symbolic link to a folder is not followed"));
                } else {
                    unread.add(new UnreadFile(relative, ViolationCode.UNREADABLE_FILE,
                            "not a regular file (a pipe, socket or device); it is not read"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unread.add(new UnreadFile(relative(root, file), ViolationCode.UNREADABLE_FILE,
                        "cannot read: " + e.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Entry::relativePath));
        return new Listing(files, unread);
    }

    private static boolean staysInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether an entry that was not read matters: a file that would have been read, or the settings file, whose
     * absence would silently change every default. Hidden files and files outside the globs never matter.
     */
    public static boolean wouldBeRead(UnreadFile entry, RepoSettings settings) {
        String path = entry.path();
        if (entry.wholeFolder() || path.equals(RepoSettings.FILE_NAME)) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return false;
            }
        }
        return !path.equals(RepoSettings.SANDBOX_SEED_FILE) && isIncluded(path, settings.include(), settings.exclude());
    }

    /** Whether a file at this relative path would be read, by the include and exclude globs alone. */
    public static boolean isIncluded(String relativePath, List<String> include, List<String> exclude) {
        return matchesAny(matchers(include), relativePath) && !matchesAny(matchers(exclude), relativePath);
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            for (String variant : variants(glob)) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        }
        return matchers;
    }

    /**
     * Java's globs need at least one folder for {@code **}/; .gitignore and most tools let it match
     * none, so {@code **}/x.yaml also matches x.yaml and a/{@code **}/x.yaml also matches a/x.yaml.
     */
    private static List<String> variants(String glob) {
        List<String> variants = new ArrayList<>(List.of(glob));
        String withoutEmptyFolders = glob.replace("/**/", "/");
        if (withoutEmptyFolders.startsWith("**/")) {
            variants.add(withoutEmptyFolders.substring(3));
        }
        variants.add(withoutEmptyFolders);
        return variants;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, String relative) {
        Path path = Path.of(relative);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }
}
