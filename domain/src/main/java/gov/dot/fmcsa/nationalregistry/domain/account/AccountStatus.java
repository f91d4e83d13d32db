package gov.dot.fmcsa.nationalregistry.domain.account;

/**
 * Where an account stands in its move to login.gov (docs/product.md "Account life cycle"):
 * {@code LEGACY → MIGRATED → LINKED}, or {@code LEGACY → EMAIL_DUPLICATE → MIGRATED → LINKED}.
 */
public enum AccountStatus {
    /** Imported from the old registry; no transfer asked for yet. */
    LEGACY,
    /** Transfer asked for, but the email on file is shared with another account. */
    EMAIL_DUPLICATE,
    /** Email on file confirmed unique; waiting for the first login.gov sign-in. */
    MIGRATED,
    /** A login.gov identity is linked; sign-in is through login.gov only. */
    LINKED;

    /**
     * True when the transfer's email applies to an account in this status and can be sent again:
     * email (a) to a {@code MIGRATED} account, email (b) to an {@code EMAIL_DUPLICATE} one.
     */
    public boolean hasTransferEmail() {
        return this == MIGRATED || this == EMAIL_DUPLICATE;
    }
}
