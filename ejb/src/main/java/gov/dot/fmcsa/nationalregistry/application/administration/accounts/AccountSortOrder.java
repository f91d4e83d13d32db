package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

/** The orders the account search sorts by; the National Registry number breaks every tie, so pages never overlap. */
public enum AccountSortOrder {
    NUMBER,
    /** Last name, then first name, in any letter case. */
    NAME,
    STATUS,
    TYPE,
    /** The State of the postal address. */
    STATE
}
