package gov.dot.fmcsa.nationalregistry.synthetic;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A generated file, written to memory and read back with {@link CsvRecords}. */
final class ParsedRegistry {

    /** One record of the file, its fields reachable by column name. */
    record Account(List<String> fields, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return fields.get(index);
        }

        String number() {
            return get("national_registry_number");
        }

        String type() {
            return get("account_type");
        }

        boolean is(String type) {
            return type().equals(type);
        }

        /** @return the items of a {@code ;} list column; none when the column is empty */
        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of() : List.of(value.split(";", -1));
        }

        /** @return the primary address, and the secondary one when there is one, both lower-cased */
        Stream<String> lowerCaseEmails() {
            return Stream.of(get("primary_email"), get("secondary_email"))
                    .filter(email -> !email.isEmpty())
                    .map(email -> email.toLowerCase(Locale.ROOT));
        }
    }

    private final String text;
    private final List<String> header;
    private final List<Account> accounts;

    private ParsedRegistry(String text) {
        this.text = text;
        List<List<String>> records = CsvRecords.parse(text);
        this.header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        this.accounts = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            accounts.add(new Account(record, columns));
        }
    }

    static ParsedRegistry of(SyntheticRegistry registry) {
        return new ParsedRegistry(csv(registry));
    }

    static String csv(SyntheticRegistry registry) {
        StringWriter out = new StringWriter();
        try {
            registry.writeCsv(out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    String text() {
        return text;
    }

    List<String> header() {
        return header;
    }

    List<Account> accounts() {
        return accounts;
    }

    Stream<Account> ofType(String type) {
        return accounts.stream().filter(account -> account.is(type));
    }

    Optional<Account> find(String number) {
        return accounts.stream().filter(account -> account.number().equals(number)).findFirst();
    }

    Account get(String number) {
        return find(number).orElseThrow(() -> new AssertionError("no account " + number));
    }
}
