package gov.dot.fmcsa.nationalregistry.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The examiners of a legacy registry file (docs/legacy-import-format.md), as written by the
 * synthetic generator and imported into the benchmark's server: what a person types into the
 * transfer form (number, one license number and its State) and where the registry's email goes.
 */
final class LegacyRegistryFile {

    private static final int NUMBER = 0;
    private static final int TYPE = 1;
    private static final int PRIMARY_EMAIL = 4;
    private static final int SECONDARY_EMAIL = 5;
    private static final int LICENSES = 14;

    /**
     * An examiner as the form asks for it. {@code uniqueEmail}: no other account has its primary
     * email as primary or secondary (in any letter case), so a transfer request migrates the
     * account and sends exactly one email, into a mailbox of its own. {@code emailsOnFileUnique}: the
     * same of its secondary email too, if it has one (the registry migrates only an account none of
     * whose emails is on file elsewhere).
     */
    record Examiner(String number, String license, String licenseState, String email, boolean uniqueEmail,
                    boolean emailsOnFileUnique) {
    }

    /** Any account of the file, as an administrator searches for it. */
    record Account(String number, String type, String lastName, String email, String state) {
    }

    private static final int LAST_NAME = 3;
    private static final int STATE = 10;

    private LegacyRegistryFile() {
    }

    /** Every account of {@code file}, in file order. */
    static List<Account> accounts(Path file) {
        List<Account> accounts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] row = fields(line);
                    accounts.add(new Account(row[NUMBER], row[TYPE], row[LAST_NAME], row[PRIMARY_EMAIL], row[STATE]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the legacy registry file " + file, e);
        }
        return accounts;
    }

    /** The examiners of {@code file}, in file order (which is the order of their numbers). */
    static List<Examiner> examiners(Path file) {
        List<String[]> examinerRows = new ArrayList<>();
        Map<String, Integer> emailUse = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = fields(line);
                count(emailUse, row[PRIMARY_EMAIL]);
                count(emailUse, row[SECONDARY_EMAIL]);
                if ("MEDICAL_EXAMINER".equals(row[TYPE]) && !row[LICENSES].isEmpty()) {
                    examinerRows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the legacy registry file " + file, e);
        }
        List<Examiner> examiners = new ArrayList<>(examinerRows.size());
        for (String[] row : examinerRows) {
            // TYPE|STATE|NUMBER|EXPIRY; the first license is enough to be recognised.
            String[] license = row[LICENSES].split(";")[0].split("\\|");
            String email = row[PRIMARY_EMAIL];
            boolean uniqueEmail = emailUse.get(canonical(email)) == 1;
            String secondary = row[SECONDARY_EMAIL];
            examiners.add(new Examiner(row[NUMBER], license[2], license[1], email, uniqueEmail,
                    uniqueEmail && (secondary.isEmpty() || emailUse.get(canonical(secondary)) == 1)));
        }
        return examiners;
    }

    private static void count(Map<String, Integer> use, String email) {
        if (!email.isEmpty()) {
            use.merge(canonical(email), 1, Integer::sum);
        }
    }

    private static String canonical(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The fields of one RFC 4180 line (the generator never writes a line break inside a field). */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>(19);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields.toArray(String[]::new);
    }
}
