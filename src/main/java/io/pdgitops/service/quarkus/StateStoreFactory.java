package io.pdgitops.service.quarkus;

import io.pdgitops.leader.Leadership;
import io.pdgitops.leader.PostgresLeadership;
import io.pdgitops.state.FileStateStore;
import io.pdgitops.state.PostgresStateStore;
import io.pdgitops.state.StateStore;
import io.pdgitops.state.WriterLock;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens the store {@code pd-gitops.state.kind} names, and the leadership that goes with it. The datasource and Flyway are looked up only for
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

    /** In the data folder, locked by the one {@code serve} that uses the folder. */
    static final String DATA_FOLDER_LOCK = "serve.lock";

    private Leadership leadership;
    private WriterLock dataFolderLock;

    /**
     * @throws WriterLock.HeldException with the file store, when another {@code serve} uses the data folder: two
     *     would both sync, duplicate objects and overwrite each other's history, so this one does not start
     */
    public StateStore open() {
        return switch (config.state().kind()) {
            case FILE -> {
                lockDataFolder();
                yield FileStateStore.open(config.dataDir(), config.historyLimit());
            }
            case POSTGRESQL -> {
                // Every replica migrates at start; Flyway's own lock table makes the concurrent starts take turns.
                flyway.get().migrate();
                yield PostgresStateStore.open(dataSource.get(), config.historyLimit());
            }
        };
    }

    /** With PostgreSQL the database's leadership chooses the one writer; with the file store this lock does. */
    private synchronized void lockDataFolder() {
        if (dataFolderLock != null) {
            return;
        }
        try {
            dataFolderLock = WriterLock.acquire(config.dataDir().resolve(DATA_FOLDER_LOCK),
                    "the data folder " + config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data folder " + config.dataDir(), e);
        }
    }

    /** A restart in the same JVM (tests, dev mode) must find the folder free again. */
    @PreDestroy
    synchronized void releaseDataFolder() throws IOException {
        if (dataFolderLock != null) {
            dataFolderLock.close();
            dataFolderLock = null;
        }
    }

    /** Who syncs: always this process with the file store; the holder of the advisory lock with PostgreSQL. */
    public synchronized Leadership leadership() {
        if (leadership == null) {
            leadership = switch (config.state().kind()) {
                case FILE -> Leadership.singleProcess(replicaName());
                case POSTGRESQL -> new PostgresLeadership(dataSource.get(), replicaName());
            };
        }
        return leadership;
    }

    public String replicaName() {
        return config.state().replicaName().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "pd-gitops";
            }
        });
    }
}
