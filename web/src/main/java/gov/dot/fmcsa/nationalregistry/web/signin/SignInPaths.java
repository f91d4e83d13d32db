package gov.dot.fmcsa.nationalregistry.web.signin;

/** The registry's sign-in addresses; the callback and signed-out ones are registered at login.gov. */
final class SignInPaths {

    /** Starts a sign-in: redirects to login.gov. */
    static final String SIGN_IN = "/login-gov/sign-in";
    /** login.gov's redirect URI. */
    static final String CALLBACK = "/login-gov/callback";
    /** Ends the session, then goes through login.gov's logout. */
    static final String SIGN_OUT = "/sign-out";
    /** login.gov's post-logout redirect URI. */
    static final String SIGNED_OUT = "/login-gov/signed-out";

    static final String SIGN_IN_PAGE = "/sign-in.xhtml";
    static final String PROBLEM_PAGE = "/sign-in-problem.xhtml";
    static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";
    static final String EXAMINER_HOME = "/account/review.xhtml";
    static final String STAFF_HOME = "/account/examiners.xhtml";
    static final String ACCOUNT_HOME = "/console/index.xhtml";

    private SignInPaths() {
    }
}
