package gov.dot.fmcsa.nationalregistry.domain.token;

/** What an emailed link lets its holder do; a token is good for its own purpose only. */
public enum TokenPurpose {
    /** Set a new, unique email on an account whose email is shared (email b). */
    SET_NEW_EMAIL,
    /** Confirm that a newly given address reaches its owner. */
    CONFIRM_NEW_EMAIL
}
