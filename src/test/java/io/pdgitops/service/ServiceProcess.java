package io.pdgitops.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code pd-gitops serve} as its own operating system process, started from the packaged application
 * ({@code target/quarkus-app/quarkus-run.jar}) on a free loopback port, configured through its environment only,
 * with its output in a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Set by the build to the packaged application; the default is where {@code ./mvnw package} puts it. */
    public static final String RUNNER_PROPERTY = "quarkus-app.runner";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OWN_PREFIXES = List.of("PD_GITOPS_", "PAGERDUTY_", "QUARKUS_");

    private final Process process;
    private final URI baseUri;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** Starts the service in {@code workDir} with {@code settings} as its only pd-gitops, PagerDuty and Quarkus ones. */
    public static ServiceProcess start(Path workDir, Map<String, String> settings, Path log) throws IOException {
        return start(workDir, settings, log, "-Xmx384m");
    }

    /** As {@link #start(Path, Map, Path)}, with the JVM's heap option given. */
    public static ServiceProcess start(Path workDir, Map<String, String> settings, Path log, String heap)
            throws IOException {
        return start(workDir, settings, log, List.of(heap, "-XX:TieredStopAtLevel=1"));
    }

    /** As {@link #start(Path, Map, Path)}, with the JVM's options given, e.g. those the launcher gives serve. */
    public static ServiceProcess start(Path workDir, Map<String, String> settings, Path log, List<String> javaOptions)
            throws IOException {
        Path runner = Path.of(System.getProperty(RUNNER_PROPERTY, "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException(runner + " is missing: the service must be packaged first (./mvnw verify)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", runner.toAbsolutePath().toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> OWN_PREFIXES.stream().anyMatch(name::startsWith));
        environment.putAll(settings);
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
    }

    /** {@code GET /api/v1/status}, or null while the process does not answer yet. */
    public JsonNode status() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the service stopped with exit code " + process.exitValue() + "; its log:\n"
                    + logText());
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve("/api/v1/status"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException notAnsweringYet) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET path} with the given header name and value pairs, as JSON; fails on anything but 200. */
    public JsonNode get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** {@code POST path} with {@code body} and the given headers; returns the status code. */
    public int post(String path, byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The port it serves on. */
    public int port() {
        return baseUri.getPort();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed, as when a machine or container dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service did not die within 30 s of SIGKILL");
        }
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
