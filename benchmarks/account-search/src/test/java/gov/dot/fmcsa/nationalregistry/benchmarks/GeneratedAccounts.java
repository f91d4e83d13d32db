package gov.dot.fmcsa.nationalregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The accounts the search benchmark looks through, written with plain JDBC batches (the search is
 * measured, not the writing): 2,000 last names and 300 first names of random letters, nine in ten
 * medical examiners, the four statuses alike, a fifth with a secondary email, the 50 States. The
 * random numbers come from a fixed seed, so every run, and the earlier benchmark that copied the
 * search's SQL, looks through the same accounts.
 *
 * @param lastNamePrefix the first three letters of one of the last names
 * @param sampleNumber   the National Registry number of one account
 * @param sampleEmail    the primary email of that account
 */
record GeneratedAccounts(String lastNamePrefix, String sampleNumber, String sampleEmail) {

    private static final String[] STATES = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
        "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"
    };
    private static final String[] TYPES = {"MEDICAL_EXAMINER", "ADMINISTRATIVE_ASSISTANT", "THIRD_PARTY"};
    private static final String[] STATUSES = {"LEGACY", "EMAIL_DUPLICATE", "MIGRATED", "LINKED"};
    private static final int BATCH = 1000;
    /** The sample account with 100,000 accounts or more: number 1000029694, as before. */
    private static final int SAMPLE = 4242;

    /** Inserts {@code count} accounts into the registry's schema behind {@code connection}, left in auto-commit. */
    static GeneratedAccounts insert(Connection connection, int count) throws SQLException {
        Random random = new Random(7);
        List<String> lastNames = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lastNames.add(name(random, 5 + random.nextInt(6)));
        }
        for (int i = 0; i < 300; i++) {
            firstNames.add(name(random, 4 + random.nextInt(5)));
        }
        int sample = Math.min(SAMPLE, count - 1);
        String sampleEmail = null;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry_account (id, version,"
                + " national_registry_number, account_type, status, locked, first_name, last_name, first_name_key,"
                + " last_name_key, primary_email, primary_email_canonical, secondary_email, secondary_email_canonical,"
                + " address_state, created_at) VALUES (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < count; i++) {
                String last = lastNames.get(random.nextInt(lastNames.size()));
                String first = firstNames.get(random.nextInt(firstNames.size()));
                insert.setLong(1, i + 1);
                insert.setString(2, number(i));
                insert.setString(3, random.nextInt(10) < 9 ? TYPES[0] : TYPES[1 + random.nextInt(2)]);
                insert.setString(4, STATUSES[random.nextInt(4)]);
                insert.setBoolean(5, false);
                insert.setString(6, first);
                insert.setString(7, last);
                insert.setString(8, first.toLowerCase(Locale.ROOT));
                insert.setString(9, last.toLowerCase(Locale.ROOT));
                String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + i
                        + "@example.com";
                insert.setString(10, email);
                insert.setString(11, email);
                String second = random.nextInt(5) == 0 ? "office" + i + "@example.org" : null;
                insert.setString(12, second);
                insert.setString(13, second);
                insert.setString(14, STATES[random.nextInt(STATES.length)]);
                insert.setTimestamp(15, new Timestamp(System.currentTimeMillis()));
                insert.addBatch();
                if (i == sample) {
                    sampleEmail = email;
                }
                if (i % BATCH == BATCH - 1 || i == count - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return new GeneratedAccounts(lastNames.get(3).substring(0, 3), number(sample), sampleEmail);
    }

    private static String number(int index) {
        return "%010d".formatted(1_000_000_000L + index * 7L);
    }

    private static String name(Random random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
