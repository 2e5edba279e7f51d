package io.pdgitops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tab of a headless Chromium driven over the DevTools protocol: navigate, press keys as a person would, and
 * ask the page what has the focus. Enough to test a page by keyboard without a WebDriver.
 */
final class DevToolsPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevToolsPage(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    static DevToolsPage open(Path binary, Path profile) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        for (int i = 0; i < 300 && !Files.isRegularFile(portFile); i++) {
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            browser.destroyForcibly();
            throw new IllegalStateException("Chromium opened no page: " + targets);
        }
        DevToolsPage[] self = new DevToolsPage[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].answer(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        self[0] = new DevToolsPage(browser, socket);
        return self[0];
    }

    /** Loads the URL and waits until its document has loaded. */
    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        for (int i = 0; i < 100 && !"complete".equals(evaluate("document.readyState")); i++) {
            Thread.sleep(100);
        }
    }

    /** Presses and releases a key: "Tab", "Enter", or Tab with Shift. */
    void press(String key, boolean shift) throws Exception {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            default -> throw new IllegalArgumentException(key);
        };
        for (String type : List.of("rawKeyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code, "modifiers", shift ? 8 : 0));
        }
        if (key.equals("Enter")) {
            call("Input.dispatchKeyEvent", Map.of("type", "char", "text", "\r"));
        }
    }

    /** The value of a JavaScript expression in the page, as text. */
    String evaluate(String expression) throws Exception {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                .path("result").path("value").asText();
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(command), true).join();
        JsonNode reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.path("error"));
        }
        return reply.path("result");
    }

    private void answer(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.path("id").asInt()) : null;
            if (waiting != null) {
                waiting.complete(message);
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /**
     * Ends the browser and every process it started: its helpers (renderer, utility, crash handler) write into the
     * profile folder too, and one still running when the test's temporary folder is removed makes the removal fail.
     */
    @Override
    public void close() {
        socket.abort();
        List<ProcessHandle> processes = new ArrayList<>(browser.descendants().toList());
        processes.add(browser.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }
}
