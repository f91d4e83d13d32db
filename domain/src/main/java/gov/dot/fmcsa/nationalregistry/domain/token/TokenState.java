package gov.dot.fmcsa.nationalregistry.domain.token;

/** Whether an emailed link's token can still be used. */
public enum TokenState {
    USABLE,
    EXPIRED,
    USED,
    /** A newer link of the same account and purpose was sent. */
    REPLACED
}
