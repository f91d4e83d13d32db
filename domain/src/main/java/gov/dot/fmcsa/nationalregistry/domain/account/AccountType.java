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

    /** The label people read, as the transfer form words it. */
    public String displayName() {
        return displayName;
    }
}
