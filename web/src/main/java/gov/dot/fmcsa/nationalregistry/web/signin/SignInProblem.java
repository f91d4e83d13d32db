package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.SignInRefusal;

/**
 * Why a sign-in ended on the problem page: the registry's refusals, and the ways the exchange with
 * login.gov itself can fail. Each has its own explanation and next step (sign-in-problem.xhtml).
 */
public enum SignInProblem {
    NO_MATCHING_ACCOUNT,
    SEVERAL_MATCHING_ACCOUNTS,
    NOT_TRANSFERRED,
    EMAIL_NOT_UNIQUE,
    LINKED_TO_ANOTHER_IDENTITY,
    ACCOUNT_LOCKED,
    IDENTITY_UNLINKED,
    LOGIN_GOV_DISABLED,
    EMAIL_IN_DOUBT,
    /** The person cancelled at login.gov, or login.gov refused to sign them in. */
    CANCELLED,
    /** login.gov's answer did not hold up: expired, replayed, forged, or from another sign-in. */
    NOT_COMPLETED,
    /** login.gov could not be reached, or the registry is not set up for it. */
    LOGIN_GOV_UNAVAILABLE;

    /** The problem of a registry refusal. */
    static SignInProblem of(SignInRefusal refusal) {
        return valueOf(refusal.name());
    }

    /** The address of the page explaining this problem. */
    String page() {
        return SignInPaths.PROBLEM_PAGE + "?problem=" + name();
    }
}
