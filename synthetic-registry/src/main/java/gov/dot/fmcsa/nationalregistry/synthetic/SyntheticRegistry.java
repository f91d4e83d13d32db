package gov.dot.fmcsa.nationalregistry.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A synthetic legacy National Registry: how many accounts of each type, a seed and a reference date.
 * The same description always produces the same file, byte for byte, in the format of
 * {@code docs/legacy-import-format.md}.
 *
 * <p>The counts include the {@link SampleAccounts}. Dates (certifications, license expiries) are
 * relative to the reference date, never to today, so a file does not change from one day to the next.
 */
public final class SyntheticRegistry {

    /** The size of the local run's registry. */
    public static final int DEFAULT_EXAMINERS = 5000;
    public static final int DEFAULT_ASSISTANTS = 500;
    public static final int DEFAULT_THIRD_PARTIES = 50;
    public static final int DEFAULT_ADMINISTRATORS = 3;
    public static final long DEFAULT_SEED = 20261130L;
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    /** The most accounts of one type: National Registry numbers of a type share their first digit. */
    public static final int MAX_ACCOUNTS_PER_TYPE = AccountType.MAX_ACCOUNTS;

    private final int examiners;
    private final int assistants;
    private final int thirdParties;
    private final int administrators;
    private final long seed;
    private final LocalDate referenceDate;

    private SyntheticRegistry(Builder builder) {
        this.examiners = builder.examiners;
        this.assistants = builder.assistants;
        this.thirdParties = builder.thirdParties;
        this.administrators = builder.administrators;
        this.seed = builder.seed;
        this.referenceDate = builder.referenceDate;
    }

    /** @return a builder starting from the defaults (the local run's registry) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the local run's registry: 5,000 examiners, 500 assistants, 50 third parties, 3 administrators */
    public static SyntheticRegistry defaults() {
        return builder().build();
    }

    /**
     * Writes the registry as CSV, header first, then third parties, examiners, assistants and
     * administrators. Rows are produced one at a time, so memory use does not grow with the size.
     *
     * @param out where to write; flushed, not closed. Buffer it: rows are written one by one.
     * @throws IOException when {@code out} fails
     */
    public void writeCsv(Writer out) throws IOException {
        AccountRows rows = new AccountRows(this);
        out.write(LegacyCsv.header());
        for (AccountType type : AccountType.values()) {
            int count = count(type);
            for (int index = 0; index < count; index++) {
                out.write(LegacyCsv.line(rows.row(type, index)));
            }
        }
        out.flush();
    }

    /** @return the number of rows {@link #writeCsv} writes, header excluded */
    public long accountCount() {
        return (long) examiners + assistants + thirdParties + administrators;
    }

    public int examiners() {
        return examiners;
    }

    public int assistants() {
        return assistants;
    }

    public int thirdParties() {
        return thirdParties;
    }

    public int administrators() {
        return administrators;
    }

    public long seed() {
        return seed;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    @Override
    public String toString() {
        return "SyntheticRegistry[examiners=" + examiners + ", assistants=" + assistants
                + ", thirdParties=" + thirdParties + ", administrators=" + administrators
                + ", seed=" + seed + ", referenceDate=" + referenceDate + "]";
    }

    private int count(AccountType type) {
        return switch (type) {
            case THIRD_PARTY -> thirdParties;
            case MEDICAL_EXAMINER -> examiners;
            case ADMINISTRATIVE_ASSISTANT -> assistants;
            case ADMINISTRATOR -> administrators;
        };
    }

    /** Builds a {@link SyntheticRegistry}; every setting starts at its default. */
    public static final class Builder {

        private int examiners = DEFAULT_EXAMINERS;
        private int assistants = DEFAULT_ASSISTANTS;
        private int thirdParties = DEFAULT_THIRD_PARTIES;
        private int administrators = DEFAULT_ADMINISTRATORS;
        private long seed = DEFAULT_SEED;
        private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;

        private Builder() {
        }

        /** @param count from 0 to {@link #MAX_ACCOUNTS_PER_TYPE}, sample examiners included */
        public Builder examiners(int count) {
            this.examiners = checkedCount("examiners", count);
            return this;
        }

        /** @param count from 0 to {@link #MAX_ACCOUNTS_PER_TYPE}, sample assistant included */
        public Builder assistants(int count) {
            this.assistants = checkedCount("assistants", count);
            return this;
        }

        /** @param count from 0 to {@link #MAX_ACCOUNTS_PER_TYPE}, sample third party included */
        public Builder thirdParties(int count) {
            this.thirdParties = checkedCount("third parties", count);
            return this;
        }

        /** @param count from 0 to {@link #MAX_ACCOUNTS_PER_TYPE}, sample administrator included */
        public Builder administrators(int count) {
            this.administrators = checkedCount("administrators", count);
            return this;
        }

        /** @param seed any number; each seed gives a different registry */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @param date the "today" of the registry, from which certification and license dates are set */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Objects.requireNonNull(date, "reference date");
            return this;
        }

        /** @return the registry described so far */
        public SyntheticRegistry build() {
            return new SyntheticRegistry(this);
        }

        private static int checkedCount(String what, int count) {
            if (count < 0 || count > MAX_ACCOUNTS_PER_TYPE) {
                throw new IllegalArgumentException(
                        what + " must be from 0 to " + MAX_ACCOUNTS_PER_TYPE + ", not " + count);
            }
            return count;
        }
    }
}
