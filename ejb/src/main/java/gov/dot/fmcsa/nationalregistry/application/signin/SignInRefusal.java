package gov.dot.fmcsa.nationalregistry.application.signin;

/**
 * Why a login.gov identity could not be signed in to a registry account (docs/product.md flow 6). Nothing is
 * linked in any of these cases; each has its own page telling the person what to do next.
 */
public enum SignInRefusal {
    /** No registry account has any of the person's verified login.gov emails on file. */
    NO_MATCHING_ACCOUNT,
    /** Several transferred accounts have those emails on file: which one is meant is unclear. */
    SEVERAL_MATCHING_ACCOUNTS,
    /** The matching account was never transferred: "Transfer or Create Account" comes first. */
    NOT_TRANSFERRED,
    /** The matching account's email is shared with another account: a new email must be set first. */
    EMAIL_NOT_UNIQUE,
    /** The matching account is already linked to another login.gov account. */
    LINKED_TO_ANOTHER_IDENTITY,
    /** The account is locked by the registry's administrators. */
    ACCOUNT_LOCKED,
    /** An administrator took this login.gov account off the registry account: it is not linked again. */
    IDENTITY_UNLINKED,
    /** login.gov disabled the identity linked to the account (a security event), until it enables it. */
    LOGIN_GOV_DISABLED,
    /** login.gov said the account's email on file changed hands (a security event): it links nobody by it. */
    EMAIL_IN_DOUBT
}
