package gov.dot.fmcsa.nationalregistry.application.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The change log applies to an empty database and then finds nothing left to do, on both
 * databases the registry runs on: embedded Derby (the default) and PostgreSQL (production), where
 * the nodes of a cluster may start at the same moment.
 */
class RegistrySchemaTest {

    private final RegistrySchema schema = new RegistrySchema();

    @Test
    void migratesAnEmptyDerbyDatabaseAndLeavesAMigratedOneAlone() throws Exception {
        String url = "jdbc:derby:memory:schema-" + UUID.randomUUID() + ";create=true";
        try (Connection connection = DriverManager.getConnection(url, "registry", "registry")) {
            assertMigratesOnceThenNothing(connection);
        }
    }

    @Test
    void migratesAnEmptyPostgresqlSchemaAndLeavesAMigratedOneAlone() throws Exception {
        String schemaName = "schema_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = postgresql(null)) {
            exec(admin, "CREATE SCHEMA " + schemaName);
            try (Connection connection = postgresql(schemaName)) {
                assertMigratesOnceThenNothing(connection);
            } finally {
                exec(admin, "DROP SCHEMA " + schemaName + " CASCADE");
            }
        }
    }

    @Test
    void twoNodesMigratingOneEmptyPostgresqlSchemaAtOnceBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String schemaName = "schema_race_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection admin = postgresql(null)) {
                exec(admin, "CREATE SCHEMA " + schemaName);
                try (Connection first = postgresql(schemaName); Connection second = postgresql(schemaName)) {
                    List<Integer> applied = atOnce(() -> schema.migrate(first), () -> schema.migrate(second));

                    // One applied every change set, the other found nothing left to do.
                    assertThat(applied).containsOnlyOnce(0).anySatisfy(count -> assertThat(count).isPositive());
                    assertThat(schema.pendingChangeSets(first)).isZero();
                } finally {
                    exec(admin, "DROP SCHEMA " + schemaName + " CASCADE");
                }
            }
        }
    }

    /** Runs both at the same moment on two threads; their results, or the first failure. */
    private static List<Integer> atOnce(Callable<Integer> one, Callable<Integer> other) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<Integer>> results = nodes.invokeAll(List.of(one, other).stream()
                    .map(work -> (Callable<Integer>) () -> {
                        start.await();
                        return work.call();
                    }).toList());
            List<Integer> applied = new ArrayList<>();
            for (Future<Integer> result : results) {
                applied.add(result.get());
            }
            return applied;
        } finally {
            nodes.shutdownNow();
        }
    }

    private void assertMigratesOnceThenNothing(Connection connection) throws Exception {
        assertThat(schema.pendingChangeSets(connection)).isPositive();

        int applied = schema.migrate(connection);

        assertThat(applied).isPositive();
        assertThat(schema.pendingChangeSets(connection)).isZero();
        assertThat(schema.migrate(connection)).isZero();
        assertThat(count(connection, "SELECT COUNT(*) FROM registry_setting")).isEqualTo(3);
        assertThat(count(connection, "SELECT COUNT(*) FROM registry_account")).isZero();
    }

    /**
     * PostgreSQL at 127.0.0.1:5432, database {@code test}. A developer without one sees the test
     * skipped; CI (where {@code CI} is set) must have it, so there the test fails instead.
     */
    private static Connection postgresql(String currentSchema) {
        String url = System.getProperty("registry.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test")
                + (currentSchema == null ? "" : "?currentSchema=" + currentSchema);
        try {
            return DriverManager.getConnection(url,
                    System.getProperty("registry.test.postgresql.user", "postgres"), "");
        } catch (SQLException e) {
            String reason = "no PostgreSQL at " + url + ": " + e.getMessage();
            if (System.getenv("CI") != null) {
                throw new AssertionError(reason, e);
            }
            assumeTrue(false, reason);
            throw new AssertionError(reason, e);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
