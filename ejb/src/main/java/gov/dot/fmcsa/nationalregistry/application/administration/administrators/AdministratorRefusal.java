package gov.dot.fmcsa.nationalregistry.application.administration.administrators;

/** Why a grant or a revocation of the administrator role was refused. */
public enum AdministratorRefusal {
    /** No account has the number. */
    UNKNOWN_NUMBER,
    /** The account does not sign in with login.gov (yet or any more): it could not use the role. */
    NOT_LINKED,
    /** The account is locked. */
    LOCKED,
    /** The account already holds the role. */
    ALREADY_ADMINISTRATOR,
    /** The first administrator comes from configuration: it is not revoked here. */
    FIRST_ADMINISTRATOR,
    /** The account holds no grant (it may have been revoked meanwhile). */
    NOT_AN_ADMINISTRATOR,
    /** Revoking would leave nobody able to sign in as administrator. */
    LAST_ADMINISTRATOR
}
