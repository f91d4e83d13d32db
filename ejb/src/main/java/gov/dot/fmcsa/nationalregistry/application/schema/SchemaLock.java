package gov.dot.fmcsa.nationalregistry.application.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps the nodes of a cluster from migrating one PostgreSQL database at the same moment. Liquibase
 * has a lock of its own, a row in a table that it creates first, outside that lock: two nodes
 * deploying together on an empty database both created the table, and one failed to deploy. A
 * PostgreSQL advisory lock needs no table, and belongs to the connection's session, so a node that
 * dies while it migrates lets go of it. Derby is embedded in one server: there is nothing to lock.
 */
final class SchemaLock implements AutoCloseable {

    /** The lock's number in the database's one space of advisory locks: "NRSCHEMA" in ASCII. */
    private static final long KEY = 0x4E52_5343_4845_4D41L;

    /** The locked connection; null when nothing was locked. */
    private final Connection locked;

    private SchemaLock(Connection locked) {
        this.locked = locked;
    }

    /** Waits until no other connection holds the lock, and takes it (on PostgreSQL only). */
    static SchemaLock take(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return new SchemaLock(null);
        }
        call(connection, "SELECT pg_advisory_lock(?)");
        return new SchemaLock(connection);
    }

    /** Lets go of the lock, if one was taken. */
    @Override
    public void close() throws SQLException {
        if (locked != null) {
            call(locked, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static void call(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(function)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
