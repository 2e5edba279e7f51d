package io.pdgitops.load;

import io.pdgitops.validate.ViolationCode;
import java.util.Objects;

/**
 * A file of the configuration folder that was found but not read: a symbolic link leaving the folder, a file over
 * the size limit, a special file, a submodule, or the folder itself when it holds too many files. Whoever lists the
 * files (a local folder walk or a Git tree) reports these, and {@link ConfigLoader} turns every one that it would
 * have read into an error, so a revision with a file missing is never taken for one where the file was removed.
 *
 * @param path the entry's path relative to the configuration folder ({@code /} separators), or {@value #WHOLE_FOLDER}
 *     for a problem of the whole folder
 * @param code the rule the entry breaks
 * @param reason why it was not read, in words
 */
public record UnreadFile(String path, ViolationCode code, String reason) {

    /** The path of problems that concern the folder as a whole rather than one file. */
    public static final String WHOLE_FOLDER = ".";

    public UnreadFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    public static UnreadFile tooLarge(String path, long size, long limit) {
        return new UnreadFile(path, ViolationCode.FILE_TOO_LARGE,
                "file is " + size + " bytes; the limit is " + limit + " bytes");
    }

    public static UnreadFile tooManyFiles(int limit) {
        return new UnreadFile(WHOLE_FOLDER, ViolationCode.TOO_MANY_FILES,
                "the configuration folder holds more than " + limit + " files; none of the revision is applied");
    }

    public boolean wholeFolder() {
        return path.equals(WHOLE_FOLDER);
    }
}
