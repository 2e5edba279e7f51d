package io.pdgitops.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.Set;

/**
 * Writes secrets to a file only its owner (and, when asked, its group) can read, from its first byte on: the
 * content goes to a 0600 temporary file, which gets its group and mode before it takes the final name, so there is
 * no window with wider permissions.
 */
final class PrivateFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * Who may read the file: the owner, and the group when the mode says so.
     *
     * @param group null to keep the creating user's group
     */
    record Access(Set<PosixFilePermission> permissions, String group) {

        /** Only owner-only or owner-plus-group-read modes: a secret is never readable by others. */
        static Access of(String mode, String group) {
            Set<PosixFilePermission> permissions = switch (mode) {
                case "0600", "600" -> OWNER_ONLY;
                case "0640", "640" -> PosixFilePermissions.fromString("rw-r-----");
                case "0440", "440" -> PosixFilePermissions.fromString("r--r-----");
                case "0400", "400" -> PosixFilePermissions.fromString("r--------");
                default -> throw new IllegalArgumentException("--mode " + mode
                        + ": 0600, 0400, 0640 or 0440 (the file holds integration keys: never readable by others)");
            };
            return new Access(permissions, group);
        }

        @Override
        public String toString() {
            return "mode " + PosixFilePermissions.toString(permissions) + (group == null ? "" : ", group " + group);
        }
    }

    private PrivateFile() {
    }

    static void write(Path file, String text) throws IOException {
        write(file, text, new Access(OWNER_ONLY, null));
    }

    static void write(Path file, String text, Access access) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (access.group() != null) {
                GroupPrincipal group;
                try {
                    group = temp.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByGroupName(access.group());
                } catch (UserPrincipalNotFoundException e) {
                    throw new IllegalArgumentException("--group " + access.group() + ": no such group here");
                }
                Files.getFileAttributeView(temp, PosixFileAttributeView.class).setGroup(group);
            }
            Files.setPosixFilePermissions(temp, access.permissions());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
