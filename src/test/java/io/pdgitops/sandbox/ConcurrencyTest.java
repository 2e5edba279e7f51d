package io.pdgitops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void concurrentCreatesOfOneNameYieldExactlyOneObject() throws Exception {
        TestSandbox pd = new TestSandbox(SandboxConfig.withToken(TestSandbox.TOKEN).withRateLimit(100_000));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sameName = new ArrayList<>();
            List<Future<Integer>> distinct = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sameName.add(pool.submit(() -> pd.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"Same\"}}").status()));
                int thread = i;
                distinct.add(pool.submit(() -> {
                    int created = 0;
                    for (int j = 0; j < 50; j++) {
                        String body = "{\"team\":{\"type\":\"team\",\"name\":\"T" + thread + "-" + j + "\"}}";
                        created += pd.post("/teams", body).status() == 201 ? 1 : 0;
                    }
                    return created;
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : sameName) {
                statuses.add(future.get(30, TimeUnit.SECONDS));
            }
            int created = 0;
            for (Future<Integer> future : distinct) {
                created += future.get(30, TimeUnit.SECONDS);
            }
            assertThat(statuses).containsOnlyOnce(201).filteredOn(status -> status != 201).containsOnly(400);
            assertThat(created).isEqualTo(400);
        } finally {
            pool.shutdownNow();
        }
        var teams = pd.get("/teams?limit=100&offset=0&total=true").body();
        assertThat(teams.path("total").asInt()).isEqualTo(2 + 1 + 400);
        assertThat(pd.sandbox.exportState().path("collections").path("teams").size()).isEqualTo(403);
    }
}
