package gov.dot.fmcsa.nationalregistry.application.designation;

/** Why a designation or a revocation was refused; each has its own message on the page. */
public enum DesignationProblem {
    /** No account has the number given. */
    NO_SUCH_ACCOUNT,
    /** The account exists but is not an administrative assistant's. */
    NOT_AN_ASSISTANT,
    /** The examiner gave their own number. */
    SELF,
    /** The examiner had already designated that assistant. */
    ALREADY_DESIGNATED,
    /** The examiner has not designated that assistant (nothing to revoke). */
    NOT_DESIGNATED
}
