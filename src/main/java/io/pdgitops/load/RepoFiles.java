package io.pdgitops.load;

import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.validate.Violation;
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

    /** The files found and the links refused. */
    public record Listing(List<Entry> files, List<Violation> violations) {
    }

    private RepoFiles() {
    }

    public static Listing list(Path root, List<String> include, List<String> exclude) throws IOException {
        Path realRoot = root.toRealPath();
        List<PathMatcher> includes = matchers(include);
        List<PathMatcher> excludes = matchers(exclude);
        List<Entry> files = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(root, file);
                if (file.getFileName().toString().startsWith(".")
                        || relative.equals(RepoSettings.FILE_NAME)
                        || relative.equals(RepoSettings.SANDBOX_SEED_FILE)
                        || !matchesAny(includes, relative)
                        || matchesAny(excludes, relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && !Files.exists(file)) {
                    violations.add(Violation.error(ViolationCode.UNREADABLE_FILE, SourceLocation.startOf(relative),
                            "symbolic link points to nothing"));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && !staysInside(file, realRoot)) {
                    violations.add(Violation.error(ViolationCode.SYMLINK_ESCAPES_REPO, SourceLocation.startOf(relative),
                            "symbolic link points outside the repository; it is not read"));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                    files.add(new Entry(file, relative));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                violations.add(Violation.error(ViolationCode.UNREADABLE_FILE, SourceLocation.startOf(relative(root, file)),
                        "cannot read: " + e.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Entry::relativePath));
        return new Listing(files, violations);
    }

    private static boolean staysInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
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
