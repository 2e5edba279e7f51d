package io.pdgitops.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code sh} blocks of one page, in order, as one bash script: the convention of {@code
 * docs/documented-commands.md}. A {@code serve} becomes a background service awaited until it is synced; a second
 * one is allowed only when the text between tells the reader to stop the first.
 */
record DocumentedScript(String page, List<String> commands, int services) {

    private static final Pattern SERVE = Pattern.compile("^(\\./)?pd-gitops serve(?<args>(\\s[^#&]*)?)(#.*)?$");
    private static final String DOCUMENTED_PORT = "localhost:8080";

    /** Reads {@code markdown}; fails when it starts a second service without telling the reader to stop the first. */
    static DocumentedScript of(String page, String markdown, int port) {
        List<String> commands = new ArrayList<>();
        StringBuilder proseSinceService = new StringBuilder();
        boolean running = false;
        int services = 0;
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (fence == null) {
                if (line.startsWith("```")) {
                    fence = line.substring(3).trim();
                } else {
                    proseSinceService.append(line).append('\n');
                }
                continue;
            }
            if (line.startsWith("```")) {
                fence = null;
                continue;
            }
            if (!fence.equals("sh") || line.startsWith("./mvnw ")) {
                // text blocks are illustrative; Maven is what runs these commands, so it is not run again
                continue;
            }
            String command = line.replace(DOCUMENTED_PORT, "localhost:" + port);
            var serve = SERVE.matcher(command.trim());
            if (serve.matches()) {
                if (running) {
                    if (!proseSinceService.toString().contains("Ctrl-C")) {
                        throw new IllegalStateException(page + " starts a second service while the first still runs: '"
                                + line + "'");
                    }
                    commands.add("__stop");
                }
                commands.add("__serve" + serve.group("args").stripTrailing());
                running = true;
                services++;
                proseSinceService.setLength(0);
            } else {
                commands.add(command);
            }
        }
        return new DocumentedScript(page, List.copyOf(commands), services);
    }

    /** The script: strict mode, the helpers that start, await and stop the service, then the commands. */
    String script(String serviceLog) {
        return String.join("\n",
                "set -euo pipefail",
                "__pid=",
                "__stop() { if [ -n \"$__pid\" ]; then kill \"$__pid\" 2>/dev/null || true; "
                        + "wait \"$__pid\" 2>/dev/null || true; __pid=; fi; }",
                "trap __stop EXIT",
                "__serve() {",
                "  ./pd-gitops serve \"$@\" >> '" + serviceLog + "' 2>&1 &",
                "  __pid=$!",
                "  for _ in $(seq 1 360); do",
                "    if curl -fs \"localhost:$QUARKUS_HTTP_PORT/api/v1/status\" | grep -q '\"phase\" *: *\"Synced\"'; then",
                "      return 0",
                "    fi",
                "    kill -0 \"$__pid\" 2>/dev/null || { echo 'the service stopped; its log:'; cat '" + serviceLog
                        + "'; return 1; }",
                "    sleep 0.5",
                "  done",
                "  echo 'the service did not reach Synced; its log:'; cat '" + serviceLog + "'; return 1",
                "}",
                "set -x",
                String.join("\n", commands),
                "");
    }
}
