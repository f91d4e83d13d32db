package gov.dot.fmcsa.nationalregistry.synthetic;

/**
 * The account types of the legacy file, declared in the order the generator writes them: the import
 * reads the file as a stream, so organizations (defined by third parties) must come before the
 * examiners associated with them, and examiners before the assistants they designate.
 */
enum AccountType {
    THIRD_PARTY(3),
    MEDICAL_EXAMINER(1),
    ADMINISTRATIVE_ASSISTANT(2),
    ADMINISTRATOR(9);

    /** Numbers of one type share their leading digit, which leaves 999,999,999 numbers per type. */
    static final int MAX_ACCOUNTS = 999_999_999;

    private static final long NUMBERS_PER_LEADING_DIGIT = 1_000_000_000L;

    private final int leadingDigit;

    AccountType(int leadingDigit) {
        this.leadingDigit = leadingDigit;
    }

    /**
     * The National Registry number of an account of this type.
     *
     * @param index the account's position among the accounts of its type, from 0
     * @return 10 digits: the type's leading digit, then {@code index + 1}
     */
    String nationalRegistryNumber(int index) {
        return Long.toString(leadingDigit * NUMBERS_PER_LEADING_DIGIT + index + 1);
    }
}
