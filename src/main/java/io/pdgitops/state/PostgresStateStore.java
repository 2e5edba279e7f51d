package io.pdgitops.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The state in PostgreSQL (table {@code pd_gitops_state}, created by the Flyway migrations under
 * {@code db/migration}), shared by every replica. Each change reads the row under {@code FOR UPDATE}, applies the
 * same transition as the file store and writes it back in one transaction, so concurrent writers queue instead of
 * losing each other's history. Reads always go to the database: another replica may have written since.
 */
public final class PostgresStateStore implements StateStore {

    private static final String SELECT = "SELECT document FROM pd_gitops_state WHERE id = 1";
    private static final String INSERT_EMPTY =
            "INSERT INTO pd_gitops_state (id, document) VALUES (1, ?) ON CONFLICT (id) DO NOTHING";
    private static final String UPDATE = "UPDATE pd_gitops_state SET document = ?, updated_at = now() WHERE id = 1";

    private final DataSource dataSource;
    private final int historyLimit;
    private final Clock clock;
    private final ObjectMapper json = StateJson.mapper();
    private final OpenedState loadResult;

    private PostgresStateStore(DataSource dataSource, int historyLimit, Clock clock) {
        if (historyLimit < 1) {
            throw new IllegalArgumentException("the history limit must be at least 1");
        }
        this.dataSource = dataSource;
        this.historyLimit = historyLimit;
        this.clock = clock;
        this.loadResult = read().map(OpenedState::loaded).orElseGet(OpenedState::firstRun);
    }

    /** Opens the store on a database whose schema the migrations have brought up to date. */
    public static PostgresStateStore open(DataSource dataSource, int historyLimit) {
        return new PostgresStateStore(dataSource, historyLimit, Clock.systemUTC());
    }

    static PostgresStateStore open(DataSource dataSource, int historyLimit, Clock clock) {
        return new PostgresStateStore(dataSource, historyLimit, clock);
    }

    @Override
    public OpenedState loadResult() {
        return loadResult;
    }

    @Override
    public SyncState state() {
        return read().orElse(SyncState.EMPTY);
    }

    @Override
    public List<SyncRecord> history() {
        return state().history();
    }

    @Override
    public void recordSeen(String revision) {
        update(state -> state.withSeen(revision));
    }

    @Override
    public SyncInProgress beginSync(String revision, SyncTrigger trigger) {
        SyncInProgress marker = new SyncInProgress(revision, clock.instant(), trigger);
        update(state -> state.withSyncStarted(marker));
        return marker;
    }

    @Override
    public SyncRecord finishSync(SyncRecord record, Optional<Set<InventoryEntry>> appliedInventory) {
        List<SyncRecord> history = update(state -> state.withSyncFinished(record, appliedInventory, historyLimit))
                .history();
        return history.get(history.size() - 1);
    }

    @Override
    public Optional<SyncRecord> closeInterruptedSync() {
        // Decided inside the transaction: two replicas taking over at once must not both record the cut-off sync.
        SyncState[] before = new SyncState[1];
        SyncState after = update(state -> {
            before[0] = state;
            return state.inProgress()
                    .map(marker -> state.withSyncFinished(marker.interrupted(clock.instant()), Optional.empty(),
                            historyLimit))
                    .orElse(state);
        });
        return before[0].inProgress().map(marker -> after.history().get(after.history().size() - 1));
    }

    private Optional<SyncState> read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            return readRow(select);
        } catch (SQLException e) {
            throw unavailable("read", e);
        }
    }

    private SyncState update(UnaryOperator<SyncState> change) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                SyncState next = change.apply(lockRow(connection));
                try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                    update.setObject(1, json.writeValueAsString(next), Types.OTHER);
                    update.executeUpdate();
                }
                connection.commit();
                return next;
            } catch (SQLException | RuntimeException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw unavailable("write", e);
        }
    }

    /** The current state, locked until the transaction ends; the row is created on the first write. */
    private SyncState lockRow(Connection connection) throws SQLException, JsonProcessingException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EMPTY);
                PreparedStatement select = connection.prepareStatement(SELECT + " FOR UPDATE")) {
            insert.setObject(1, json.writeValueAsString(SyncState.EMPTY), Types.OTHER);
            insert.executeUpdate();
            return readRow(select).orElseThrow(() -> new SQLException("pd_gitops_state has no row after insert"));
        }
    }

    private Optional<SyncState> readRow(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            try {
                return Optional.of(json.readValue(row.getString(1), SyncState.class));
            } catch (JsonProcessingException e) {
                throw new StateStoreException("the state in pd_gitops_state is not valid: " + e.getOriginalMessage(),
                        e);
            }
        }
    }

    /** Names the operation and the database's reason, never the connection URL or its credentials. */
    private static StateStoreException unavailable(String operation, Exception e) {
        return new StateStoreException("cannot " + operation + " the state in PostgreSQL: " + e.getMessage(), e);
    }
}
