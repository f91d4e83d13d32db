package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The database of the test run: {@code test.database} says which one the test server runs on
 * (ear/pom.xml runs the suite once on each). Embedded Derby needs nothing here. For PostgreSQL,
 * before the test server starts, the database {@code test.postgresql.database} is created afresh
 * (dropped first if a previous run left it), owned by the role the server connects as
 * ({@code test.postgresql.user}, made if missing: not a superuser), and so is the run's import folder,
 * so that the fixed National Registry numbers of the tests meet no account of a previous run.
 * <p>
 * Registered as a JUnit launcher session listener and as a post-discovery filter (META-INF/services).
 * Without PostgreSQL at {@code test.postgresql.admin-url} the PostgreSQL run is skipped on a
 * developer's machine, as {@code RegistrySchemaTest} is, and fails in CI (where {@code CI} is set).
 */
public final class TestDatabase implements LauncherSessionListener, PostDiscoveryFilter {

    private static volatile String unavailable;

    /** {@code derby} (the default) or {@code postgresql}. */
    public static String name() {
        return System.getProperty("test.database", "derby");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("postgresql".equals(name())) {
            createPostgresqlDatabase();
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        return unavailable == null ? FilterResult.included(null) : FilterResult.excluded(unavailable);
    }

    private static synchronized void createPostgresqlDatabase() {
        String adminUrl = System.getProperty("test.postgresql.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String database = plainName(System.getProperty("test.postgresql.database", "registry_it"));
        String user = plainName(System.getProperty("test.postgresql.user", "registry"));
        String password = System.getProperty("test.postgresql.password", "registry").replace("'", "''");
        try (Connection admin = DriverManager.getConnection(adminUrl,
                System.getProperty("test.postgresql.admin-user", "postgres"), "");
                Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + user + "') THEN"
                    + " CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
            // WITH (FORCE): a test server killed in a previous run may have left connections open.
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " OWNER " + user);
        } catch (SQLException e) {
            String reason = "no PostgreSQL at " + adminUrl + " for the PostgreSQL test run: " + e.getMessage();
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason, e);
            }
            System.err.println("SKIPPED: " + reason);
            unavailable = reason;
            return;
        }
        deleteRecursively(Path.of(System.getProperty("registry.import.dir")));
    }

    private static String plainName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain PostgreSQL name: " + name);
        }
        return name;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
