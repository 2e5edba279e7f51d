package io.pdgitops.state;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on a lock file, held by the one process allowed to write some state: a CLI apply for its
 * inventory, a CLI run for its sandbox state, {@code serve} for its data folder. The second writer stops at once,
 * told who holds the lock (the holder writes its pid, host and start time into the file). The operating system
 * drops the lock when the process ends, however it ends (kill -9 included), so a crash leaves nothing to clean; the
 * file itself stays and is simply locked again by the next writer.
 */
public final class WriterLock implements AutoCloseable {

    /** Closing the channel releases its lock: the channel is all there is to keep. */
    private final FileChannel channel;

    private static final int HOLDER_READS = 20;
    private static final long HOLDER_READ_PAUSE_MILLIS = 25;

    private WriterLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Another process, or another run in this one, holds the lock. */
    public static final class HeldException extends IllegalStateException {
        HeldException(String message) {
            super(message);
        }
    }

    /** The lock {@code <file>.lock} beside {@code file}, for state kept in that one file. */
    public static WriterLock beside(Path file, String purpose) throws IOException {
        return acquire(file.resolveSibling(file.getFileName() + ".lock"), purpose);
    }

    /**
     * @param purpose what the lock guards, for the message to the second writer, e.g. "the inventory x.json"
     * @throws HeldException naming the lock file and its holder when another writer holds it
     */
    public static WriterLock acquire(Path lockFile, String purpose) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        // Known before locking (the host name lookup may be slow), so the holder's details follow the lock at once.
        byte[] details = thisProcess().getBytes(StandardCharsets.UTF_8);
        // Opened without truncating: the holder's details stay readable for the writer that is turned away.
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a second run started from the same JVM
        }
        if (lock == null) {
            channel.close();
            throw new HeldException(purpose + " is in use by another pd-gitops (" + holder(lockFile) + ", holding "
                    + lockFile + "); nothing was done: run again when it has finished");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(details), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new WriterLock(channel);
    }

    /**
     * What the holder wrote into the lock file, or a plain word when it has not written it yet. A holder that has
     * just taken the lock writes within moments, so an empty file is read again a few times before giving up.
     */
    private static String holder(Path lockFile) {
        for (int attempt = 0; attempt < HOLDER_READS; attempt++) {
            try {
                String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return text;
                }
                Thread.sleep(HOLDER_READ_PAUSE_MILLIS);
            } catch (IOException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "holder unknown";
    }

    private static String thisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return "pid " + ProcessHandle.current().pid() + " on " + host + ", started " + started;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
