package io.pdgitops.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another operating system process holding a {@link WriterLock} until it is killed: the lock is meant to keep out
 * other processes, which a second lock taken in the test's own JVM alone would not show.
 */
final class LockHoldingProcess implements AutoCloseable {

    static final String HELD = "held";

    private final Process process;

    private LockHoldingProcess(Process process) {
        this.process = process;
    }

    /** Starts the holder and returns once it holds the lock. */
    static LockHoldingProcess start(Path lockFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHoldingProcess.class.getName(), lockFile.toString())).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = output.readLine();
        if (!HELD.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the lock holder did not start: " + line);
        }
        return new LockHoldingProcess(process);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the holder gets no chance to release anything itself. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the lock holder did not die within 30 s of SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The holder itself: takes the lock, says so, and waits to be killed. */
    public static void main(String[] args) throws Exception {
        WriterLock lock = WriterLock.acquire(Path.of(args[0]), "a test lock");
        System.out.println(HELD);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        lock.close();
    }
}
