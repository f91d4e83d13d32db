package gov.dot.fmcsa.nationalregistry.benchmarks;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSortOrder;
import gov.dot.fmcsa.nationalregistry.application.schema.RegistrySchema;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's account search on generated accounts, through {@link AccountSearch} itself: its
 * Criteria queries as EclipseLink 4 turns them into SQL, and the entities it reads, on the
 * registry's real persistence unit (domain module) with the real migrations, on an on-disk Derby
 * database under /tmp (deleted afterwards) and on a throwaway schema of PostgreSQL (127.0.0.1:5432,
 * database test, user postgres; dropped afterwards). For each criterion and sort order, times the
 * count and one page of 25 (60 runs after 10 of warm-up) and prints a line "BENCHMARK …" with the
 * median and the 95th percentile; docs/benchmarks.md has the figures. On demand only:
 * {@code benchmarks/account-search.sh [ACCOUNTS [derby|postgresql]]} (default 100,000 accounts, both
 * databases).
 */
class AccountSearchBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("accounts", 100_000);
    private static final int WARM_UP = 10;
    private static final int RUNS = 60;
    private static final int PAGE_SIZE = 25;
    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void derby() throws Exception {
        Path directory = Path.of("/tmp", "accounts-benchmark-" + System.nanoTime());
        String url = "jdbc:derby:" + directory;
        try {
            try (Connection connection = DriverManager.getConnection(url + ";create=true", "registry", "registry")) {
                measure(connection, url, "registry", "registry");
            }
        } finally {
            shutDownDerby(url);
            delete(directory);
        }
    }

    @Test
    void postgresql() throws Exception {
        String schema = "accounts_benchmark_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(POSTGRESQL, "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            String url = POSTGRESQL + "?currentSchema=" + schema;
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                measure(connection, url, "postgres", "");
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Migrates and fills the database behind {@code connection}, then searches it through EclipseLink. */
    private static void measure(Connection connection, String url, String user, String password) throws Exception {
        new RegistrySchema().migrate(connection);
        GeneratedAccounts accounts = GeneratedAccounts.insert(connection, ACCOUNTS);
        String database = connection.getMetaData().getDatabaseProductName();
        System.out.printf("BENCHMARK %s | %,d accounts%n", database, ACCOUNTS);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(ContainerManagedSearch.unitName(),
                Map.of(
                        // The unit is WildFly's (JTA, its data source, its transaction manager): here
                        // the same unit on a JDBC URL, with EclipseLink's own connection pool (it warns
                        // that it ignores the JTA data source).
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "eclipselink.target-server", "None",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", user,
                        "jakarta.persistence.jdbc.password", password));
        try {
            ContainerManagedSearch search = new ContainerManagedSearch(factory);
            NationalRegistryNumber number = NationalRegistryNumber.of(accounts.sampleNumber());
            time(search, database, "number, by number",
                    new AccountCriteria(number, null, null, null, null, null), AccountSortOrder.NUMBER);
            time(search, database, "email (two id look-ups, then id IN), by number",
                    new AccountCriteria(null, null, EmailAddress.of(accounts.sampleEmail()), null, null, null),
                    AccountSortOrder.NUMBER);
            String prefix = accounts.lastNamePrefix();
            time(search, database, "last name prefix (" + prefix + "), by name",
                    new AccountCriteria(null, prefix, null, null, null, null), AccountSortOrder.NAME);
            time(search, database, "State VA, by number",
                    new AccountCriteria(null, null, null, null, null, State.VA), AccountSortOrder.NUMBER);
            time(search, database, "type THIRD_PARTY + status LEGACY, by number",
                    new AccountCriteria(null, null, null, AccountStatus.LEGACY, AccountType.THIRD_PARTY, null),
                    AccountSortOrder.NUMBER);
            time(search, database, "status MIGRATED, by name",
                    new AccountCriteria(null, null, null, AccountStatus.MIGRATED, null, null), AccountSortOrder.NAME);
            time(search, database, "nothing, by number", AccountCriteria.ANY, AccountSortOrder.NUMBER);
            time(search, database, "nothing, by name", AccountCriteria.ANY, AccountSortOrder.NAME);
            time(search, database, "nothing, by status", AccountCriteria.ANY, AccountSortOrder.STATUS);
            time(search, database, "nothing, by State", AccountCriteria.ANY, AccountSortOrder.STATE);
        } finally {
            factory.close();
        }
    }

    /** The count and one page of {@value #PAGE_SIZE}, two calls of the bean as the console's table makes them. */
    private static void time(ContainerManagedSearch search, String database, String what, AccountCriteria criteria,
                             AccountSortOrder order) {
        long[] times = new long[RUNS];
        long matches = 0;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            // The first four pages in turn, as someone paging through the results would ask for them.
            int first = (run % 4) * PAGE_SIZE;
            long start = System.nanoTime();
            matches = search.call(bean -> bean.count(criteria));
            int rows = search.call(bean -> bean.page(criteria, order, true, first, PAGE_SIZE)).size();
            long elapsed = System.nanoTime() - start;
            if (rows > PAGE_SIZE) {
                throw new IllegalStateException(what + ": a page of " + rows + " rows");
            }
            if (run >= WARM_UP) {
                times[run - WARM_UP] = elapsed;
            }
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK %s | %s | matches %d | median %.1f ms | p95 %.1f ms%n", database, what, matches,
                times[RUNS / 2] / 1e6, times[RUNS * 95 / 100 - 1] / 1e6);
    }

    /** Closes the embedded database, so that its files can go. */
    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a database shut down, or one that was never made, as an SQLException.
        }
    }

    /** The database serves this run only, and /tmp is the shared machine's. */
    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
