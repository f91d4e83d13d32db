package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.application.schema.RegistrySchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The console's account search on 100,000 generated accounts, on demand only (its name is outside
 * Surefire's default includes): {@code mvn -o test -pl domain,ejb -Dtest=AccountSearchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Applies the real migrations to an on-disk Derby database
 * under /tmp and to a PostgreSQL schema (127.0.0.1:5432, database test), inserts the accounts and
 * times, for each criterion and sort order, the count and one page of 25 in the SQL that
 * {@link AccountSearch} has EclipseLink send (60 runs after 10 of warm-up). Prints lines "BENCHMARK …";
 * docs/benchmarks.md has the figures.
 */
class AccountSearchBenchmark {

    static final String[] STATES = {
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
            "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"
    };
    static final String COLS = "id, version, national_registry_number, account_type, status, locked, first_name, last_name,"
            + " first_name_key, last_name_key, primary_email, primary_email_canonical, secondary_email, secondary_email_canonical,"
            + " phone, address_line1, address_line2, city, address_state, postal_code, certification_date, certification_expiry,"
            + " organization_id, created_at, import_run, imported_at";

    @Test
    void derby() throws Exception {
        String dir = "/tmp/accounts-benchmark-" + System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir + ";create=true", "registry", "registry")) {
            run(c);
        }
    }

    @Test
    void postgresql() throws Exception {
        String schemaName = "accounts_benchmark_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            admin.createStatement().execute("CREATE SCHEMA " + schemaName);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schemaName, "postgres", "")) {
                run(c);
            } finally {
                admin.createStatement().execute("DROP SCHEMA " + schemaName + " CASCADE");
            }
        }
    }

    void run(Connection c) throws Exception {
        new RegistrySchema().migrate(c);
        Random random = new Random(7);
        List<String> lasts = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lasts.add(name(random, 5 + random.nextInt(6)));
        }
        for (int i = 0; i < 300; i++) {
            firsts.add(name(random, 4 + random.nextInt(5)));
        }
        c.setAutoCommit(false);
        String[] types = {"MEDICAL_EXAMINER", "ADMINISTRATIVE_ASSISTANT", "THIRD_PARTY"};
        String[] statuses = {"LEGACY", "EMAIL_DUPLICATE", "MIGRATED", "LINKED"};
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_account (id, version, national_registry_number,"
                + " account_type, status, locked, first_name, last_name, first_name_key, last_name_key, primary_email,"
                + " primary_email_canonical, secondary_email, secondary_email_canonical, address_state, created_at)"
                + " VALUES (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < 100_000; i++) {
                String last = lasts.get(random.nextInt(lasts.size()));
                String first = firsts.get(random.nextInt(firsts.size()));
                insert.setLong(1, i + 1);
                insert.setString(2, "%010d".formatted(1_000_000_000L + i * 7L));
                insert.setString(3, random.nextInt(10) < 9 ? types[0] : types[1 + random.nextInt(2)]);
                insert.setString(4, statuses[random.nextInt(4)]);
                insert.setBoolean(5, false);
                insert.setString(6, first);
                insert.setString(7, last);
                insert.setString(8, first.toLowerCase());
                insert.setString(9, last.toLowerCase());
                String email = first.toLowerCase() + "." + last.toLowerCase() + i + "@example.com";
                insert.setString(10, email);
                insert.setString(11, email);
                String second = random.nextInt(5) == 0 ? "office" + i + "@example.org" : null;
                insert.setString(12, second);
                insert.setString(13, second);
                insert.setString(14, STATES[random.nextInt(STATES.length)]);
                insert.setTimestamp(15, new Timestamp(System.currentTimeMillis()));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
        String prefix = lasts.get(3).toLowerCase().substring(0, 3) + "%";
        time(c, "last name prefix (" + prefix + "), by name", "(last_name_key LIKE ? ESCAPE '!')",
                "last_name_key, first_name_key, national_registry_number", prefix);
        String email = "x";
        try (ResultSet r = c.createStatement().executeQuery("SELECT primary_email_canonical FROM registry_account WHERE id = 4242")) {
            r.next();
            email = r.getString(1);
        }
        long start = System.nanoTime();
        String id = null;
        for (int run = 0; run < 20; run++) {
            for (String column : new String[] {"primary_email_canonical", "secondary_email_canonical"}) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM registry_account WHERE " + column + " = ?")) {
                    s.setString(1, email);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            id = r.getString(1);
                        }
                    }
                }
            }
        }
        System.out.printf("BENCHMARK %s | email id look-ups (2 queries) | mean %.1f ms%n", c.getMetaData().getDatabaseProductName(),
                (System.nanoTime() - start) / 20 / 1e6);
        time(c, "email ids IN, by number", "(id IN (" + id + "))", "national_registry_number");
        time(c, "number, by number", "(national_registry_number = ?)", "national_registry_number", "1000029694");
        time(c, "status MIGRATED, by name", "(status = ?)", "last_name_key, first_name_key, national_registry_number", "MIGRATED");
        time(c, "State VA, by number", "(address_state = ?)", "national_registry_number", "VA");
        time(c, "type THIRD_PARTY + status LEGACY, by number", "((account_type = ?) AND (status = ?))",
                "national_registry_number", "THIRD_PARTY", "LEGACY");
        time(c, "nothing, by number", null, "national_registry_number");
        time(c, "nothing, by name", null, "last_name_key, first_name_key, national_registry_number");
        time(c, "nothing, by status", null, "status, national_registry_number");
        time(c, "nothing, by State", null, "address_state, national_registry_number");
    }

    static void time(Connection c, String what, String where, String order, String... params) throws Exception {
        String w = where == null ? "" : " WHERE " + where;
        String count = "SELECT COUNT(id) FROM registry_account" + w;
        String page = "SELECT " + COLS + " FROM registry_account" + w + " ORDER BY " + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        long[] times = new long[60];
        long total = 0;
        for (int run = 0; run < 70; run++) {
            long start = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement(count)) {
                for (int i = 0; i < params.length; i++) {
                    s.setString(i + 1, params[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(page)) {
                for (int i = 0; i < params.length; i++) {
                    s.setString(i + 1, params[i]);
                }
                s.setInt(params.length + 1, (run % 4) * 25);
                s.setInt(params.length + 2, 25);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getString(3);
                    }
                }
            }
            if (run >= 10) {
                times[run - 10] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK %s | %s | matches %d | median %.1f ms | p95 %.1f ms%n", c.getMetaData().getDatabaseProductName(),
                what, total, times[30] / 1e6, times[56] / 1e6);
    }

    static String name(Random random, int length) {
        StringBuilder b = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
