package io.pdgitops.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock beside an inventory file ({@code <file>.lock}), held by a CLI apply from before its first
 * write to its end, so that two applies sharing one inventory never both write: the second stops before writing.
 * The operating system drops the lock when the process ends, however it ends, so a crash leaves nothing to clean.
 */
public final class InventoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InventoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalStateException naming the lock file when another apply holds it */
    public static InventoryLock acquire(Path inventoryFile) throws IOException {
        Path lockFile = inventoryFile.resolveSibling(inventoryFile.getFileName() + ".lock");
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. an apply started from the same JVM
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another apply is using " + inventoryFile + " (it holds " + lockFile
                    + "); nothing was applied: run again when it has finished");
        }
        return new InventoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
