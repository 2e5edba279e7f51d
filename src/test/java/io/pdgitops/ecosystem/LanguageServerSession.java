package io.pdgitops.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A language server spoken to over stdio as an editor does: Content-Length framed JSON-RPC. Requests from the
 * server (configuration, capability registration) are answered by {@code answer}; notifications and responses are
 * queued for the test.
 */
final class LanguageServerSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream toServer;
    private final BlockingQueue<JsonNode> fromServer = new LinkedBlockingQueue<>();
    private final Function<JsonNode, JsonNode> answer;
    private int nextId = 1;

    LanguageServerSession(Process process, Function<JsonNode, JsonNode> answer) {
        this.process = process;
        this.toServer = process.getOutputStream();
        this.answer = answer;
        Thread reader = new Thread(this::readAll, "language-server-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends a request and waits for its response. */
    JsonNode request(String method, JsonNode params, long timeoutSeconds) throws IOException, InterruptedException {
        int id = nextId++;
        send(JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params));
        return await(message -> message.path("id").asInt(-1) == id && !message.has("method"), timeoutSeconds);
    }

    void notify(String method, JsonNode params) throws IOException {
        send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method).set("params", params));
    }

    /** The first queued message that matches; the others stay queued for later waits. */
    JsonNode await(Predicate<JsonNode> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        BlockingQueue<JsonNode> skipped = new LinkedBlockingQueue<>();
        try {
            while (true) {
                JsonNode message = fromServer.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("the language server sent no matching message within " + timeoutSeconds
                            + " s");
                }
                if (wanted.test(message)) {
                    return message;
                }
                skipped.add(message);
            }
        } finally {
            skipped.drainTo(fromServer);
        }
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void readAll() {
        try (InputStream in = process.getInputStream()) {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(in)).isEmpty()) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).strip());
                    }
                }
                if (length < 0) {
                    return;
                }
                JsonNode message = JSON.readTree(in.readNBytes(length));
                if (message.has("method") && message.has("id")) {
                    ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
                    response.set("id", message.get("id"));
                    response.set("result", answer.apply(message));
                    send(response);
                } else {
                    fromServer.add(message);
                }
            }
        } catch (IOException e) {
            // The server ended: waits time out with their own message.
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                bytes.write(c);
            }
        }
        if (c == -1 && bytes.size() == 0) {
            throw new IOException("end of stream");
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            request("shutdown", null, 10);
            notify("exit", null);
        } catch (IOException | AssertionError e) {
            // Already gone.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
