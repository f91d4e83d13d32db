package gov.dot.fmcsa.nationalregistry.domain.account;

/** What kind of person an account belongs to; it decides the transfer form's fields and the roles. */
public enum AccountType {
    MEDICAL_EXAMINER("Medical Examiner"),
    ADMINISTRATIVE_ASSISTANT("Medical Examiner Administrative Assistant"),
    THIRD_PARTY("Third Party"),
    /** Registry staff; never transferred through the public form. */
    ADMINISTRATOR("Administrator");

    private final String displayName;

    AccountType(String displayName) {
        this.displayName = displayName;
    }

    /**
     * True when accounts of this type move to login.gov through the transfer form, and so can be
     * opened for transfer and reminded of it. Administrators are staff: they never transfer, and the
     * first one links at its first sign-in.
     */
    public boolean isTransferable() {
        return this != ADMINISTRATOR;
    }

    /** The label people read, as the transfer form words it. */
    public String displayName() {
        return displayName;
    }
}
