package io.pdgitops.service.quarkus;

import io.pdgitops.leader.PostgresLeadership;
import io.pdgitops.state.TestPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fresh PostgreSQL database for the service's state, and another replica that already leads on it when the
 * service boots, so that the service starts as a follower; tests make that replica go away.
 */
public class OtherReplica implements QuarkusTestResourceLifecycleManager {

    static final String NAME = "other-replica";
    static final String SERVICE_REPLICA = "this-replica";
    private static PostgresLeadership leadership;

    @Override
    public Map<String, String> start() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        leadership = new PostgresLeadership(database.dataSource(), NAME);
        if (!leadership.leads()) {
            throw new IllegalStateException("the other replica could not take the lead on a fresh database");
        }
        return Map.of("pd-gitops.state.kind", "postgresql",
                "pd-gitops.state.replica-name", SERVICE_REPLICA,
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", TestPostgres.USER);
    }

    @Override
    public void stop() {
        leadership.close();
    }

    static PostgresLeadership leadership() {
        return leadership;
    }
}
