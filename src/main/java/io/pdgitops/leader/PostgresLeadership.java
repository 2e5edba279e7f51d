package io.pdgitops.leader;

import io.pdgitops.state.SyncTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Leadership among replicas sharing one PostgreSQL: the leader holds a session advisory lock on a connection of its
 * own. PostgreSQL releases the lock when that session ends, so a replica that dies or loses its connection loses
 * the lead, and {@link #leads()} finds out by a round trip on that very connection before every write: once it
 * fails, this replica writes nothing until it holds the lock again.
 *
 * <p>Followers hand sync requests over a queue table with {@code NOTIFY}; the leader {@code LISTEN}s on a second
 * connection, so that waiting for requests never delays the check before a write.
 */
public final class PostgresLeadership implements Leadership, AutoCloseable {

    /** "pdgi" as a number: the advisory lock of pd-gitops; below 2^31 so that pg_locks shows it in objid alone. */
    static final long LOCK_KEY = 0x70646769L;
    private static final String CHANNEL = "pd_gitops_sync";
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final String replica;
    private Connection lockHolder;
    private Connection listener;

    public PostgresLeadership(DataSource dataSource, String replica) {
        this.dataSource = dataSource;
        this.replica = replica;
    }

    @Override
    public synchronized boolean leads() {
        if (lockHolder != null) {
            if (isAlive(lockHolder)) {
                return true;
            }
            release();
        }
        return tryLock();
    }

    @Override
    public Optional<String> leader() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT a.application_name FROM pg_locks l "
                        + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                        + "AND l.classid = 0 AND l.objid::bigint = ? AND l.objsubid = 1")) {
            select.setLong(1, LOCK_KEY);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LeadershipException("cannot tell which replica leads: " + e.getMessage(), e);
        }
    }

    @Override
    public void handOff(SyncTrigger trigger) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO pd_gitops_sync_request (trigger, requested_by) VALUES (?, ?)");
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            insert.setString(1, trigger.name());
            insert.setString(2, replica);
            insert.executeUpdate();
            notify.setString(1, CHANNEL);
            notify.execute();
        } catch (SQLException e) {
            throw new LeadershipException("cannot hand the sync to the leader: " + e.getMessage(), e);
        }
    }

    @Override
    public List<SyncTrigger> takeRequests(Duration timeout) {
        Connection listening;
        synchronized (this) {
            listening = listener;
        }
        try {
            if (listening == null) {
                Thread.sleep(timeout.toMillis());
                return List.of();
            }
            listening.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
            return drainQueue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (SQLException e) {
            throw new LeadershipException("cannot take the requested syncs: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        release();
    }

    private boolean tryLock() {
        Connection candidate = null;
        try {
            candidate = dataSource.getConnection();
            candidate.setAutoCommit(true);
            try (PreparedStatement name = candidate.prepareStatement("SELECT set_config('application_name', ?, false)");
                    PreparedStatement lock = candidate.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                name.setString(1, replica.length() > 63 ? replica.substring(0, 63) : replica);
                name.execute();
                lock.setLong(1, LOCK_KEY);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        lockHolder = candidate;
                        listener = listen();
                        return true;
                    }
                }
            }
            candidate.close();
            return false;
        } catch (SQLException e) {
            closeQuietly(candidate);
            release();
            return false;
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (PreparedStatement listen = connection.prepareStatement("LISTEN " + CHANNEL)) {
            listen.execute();
        }
        return connection;
    }

    private List<SyncTrigger> drainQueue() throws SQLException {
        List<SyncTrigger> taken = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM pd_gitops_sync_request RETURNING trigger");
                ResultSet rows = delete.executeQuery()) {
            while (rows.next()) {
                taken.add(SyncTrigger.valueOf(rows.getString(1)));
            }
        }
        return taken;
    }

    /**
     * Gives the lock back: a pooled connection is not closed for real, so the lock is released explicitly; on a
     * broken connection that fails, and the server has already released it with the session.
     */
    private void release() {
        endSession(lockHolder, "SELECT pg_advisory_unlock_all()");
        lockHolder = null;
        endSession(listener, "UNLISTEN *");
        listener = null;
    }

    private static void endSession(Connection connection, String reset) {
        if (connection == null) {
            return;
        }
        try (PreparedStatement undo = connection.prepareStatement(reset)) {
            undo.execute();
        } catch (SQLException e) {
            // The session is gone, and its lock or subscription with it.
        }
        closeQuietly(connection);
    }

    private static boolean isAlive(Connection connection) {
        try {
            return connection.isValid(CHECK_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more to release.
        }
    }
}
