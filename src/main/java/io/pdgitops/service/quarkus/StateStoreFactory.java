package io.pdgitops.service.quarkus;

import io.pdgitops.state.FileStateStore;
import io.pdgitops.state.PostgresStateStore;
import io.pdgitops.state.StateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens the store {@code pd-gitops.state.kind} names. The datasource and Flyway are looked up only for
 * {@code postgresql}: with the file store they stay inactive (no JDBC URL), so a plain {@code serve} needs no database.
 */
@ApplicationScoped
public class StateStoreFactory {

    @Inject
    ServiceConfig config;

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    Instance<Flyway> flyway;

    public StateStore open() {
        return switch (config.state().kind()) {
            case FILE -> FileStateStore.open(config.dataDir(), config.historyLimit());
            case POSTGRESQL -> {
                // Every replica migrates at start; Flyway's own lock table makes the concurrent starts take turns.
                flyway.get().migrate();
                yield PostgresStateStore.open(dataSource.get(), config.historyLimit());
            }
        };
    }
}
