package io.pdgitops.source;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real {@code git daemon} on loopback serving one empty bare repository that accepts pushes. */
public final class GitDaemon implements AutoCloseable {

    private final Process process;
    private final String url;

    private GitDaemon(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Serves {@code <dir>/served/<name>} as {@code git://127.0.0.1:<port>/<name>}; logs to {@code dir/daemon.log}. */
    public static GitDaemon start(Path dir, String name) throws IOException, InterruptedException {
        Path base = Files.createDirectories(dir.resolve("served"));
        GitCli.run(base, "init", "--bare", name);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("git", "daemon", "--export-all", "--base-path=" + base, "--port=" + port,
                "--listen=127.0.0.1", "--reuseaddr", "--enable=receive-pack", base.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("daemon.log").toFile())
                .start();
        GitDaemon daemon = new GitDaemon(process, "git://127.0.0.1:" + port + "/" + name);
        try {
            awaitListening(port);
        } catch (RuntimeException | InterruptedException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("git daemon did not listen on port " + port + " within 15 s");
    }
}
