import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The comparison baseline: how a per-object reader such as Terraform's refresh reads an account, with one GET per
 * object it manages (services, their integrations, escalation policies, schedules, teams). Not part of pd-gitops.
 *
 *   java -cp APP_CLASSPATH bench/PerObjectRefresh.java list    BASE_URL TOKEN IDS_FILE
 *   java -cp APP_CLASSPATH bench/PerObjectRefresh.java refresh BASE_URL TOKEN IDS_FILE [PARALLELISM] [PER_MINUTE]
 *
 * {@code list} writes the objects' paths (what a Terraform state file knows); {@code refresh} GETs each path, with
 * PARALLELISM workers (Terraform's default is 10) paced together at PER_MINUTE requests (default 960), waiting
 * {@code ratelimit-reset} seconds after a 429, and prints the calls, the 429s and the wall time.
 */
public class PerObjectRefresh {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        Path ids = Path.of(args[3]);
        switch (args[0]) {
            case "list" -> Files.write(ids, list(base, token));
            case "refresh" -> refresh(base, token, Files.readAllLines(ids),
                    args.length > 4 ? Integer.parseInt(args[4]) : 10, args.length > 5 ? Integer.parseInt(args[5]) : 960);
            default -> throw new IllegalArgumentException("first argument: list or refresh");
        }
    }

    private static List<String> list(String base, String token) throws Exception {
        List<String> paths = new ArrayList<>();
        for (String kind : List.of("teams", "schedules", "escalation_policies", "services")) {
            for (int offset = 0; ; offset += 100) {
                JsonNode page = JSON.readTree(get(base, token, "/" + kind + "?limit=100&offset=" + offset).body());
                for (JsonNode item : page.path(kind)) {
                    paths.add("/" + kind + "/" + item.path("id").asText());
                    for (JsonNode integration : item.path("integrations")) {
                        paths.add("/services/" + item.path("id").asText() + "/integrations/" + integration.path("id").asText());
                    }
                }
                if (!page.path("more").asBoolean()) {
                    break;
                }
            }
        }
        return paths;
    }

    private static void refresh(String base, String token, List<String> paths, int parallelism, int perMinute)
            throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(paths);
        long interval = 60_000_000_000L / perMinute;
        AtomicLong nextSlot = new AtomicLong(System.nanoTime());
        AtomicLong calls = new AtomicLong();
        AtomicLong rateLimited = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            Thread worker = new Thread(() -> {
                for (String path; (path = queue.poll()) != null; ) {
                    try {
                        while (true) {
                            long slot = nextSlot.getAndAdd(interval);
                            long wait = slot - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            HttpResponse<String> answer = get(base, token, path);
                            calls.incrementAndGet();
                            if (answer.statusCode() != 429) {
                                if (answer.statusCode() != 200) {
                                    failed.incrementAndGet();
                                }
                                break;
                            }
                            rateLimited.incrementAndGet();
                            long reset = answer.headers().firstValueAsLong("ratelimit-reset").orElse(1);
                            Thread.sleep(reset * 1000);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("objects=%d calls=%d rate_limited=%d failed=%d wall_ms=%d%n", paths.size(), calls.get(),
                rateLimited.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private static HttpResponse<String> get(String base, String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Token token=" + token)
                .header("Accept", "application/vnd.pagerduty+json;version=2").GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
