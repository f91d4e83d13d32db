package gov.dot.fmcsa.nationalregistry.domain.token;

/** Whether an emailed link's token can still be used. */
public enum TokenState {
    USABLE,
    EXPIRED,
    USED
}
