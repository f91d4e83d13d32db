package gov.dot.fmcsa.nationalregistry.application.signin;

/** The outcome of a sign-in with login.gov: an account signed in, or a refusal with its reason. */
public sealed interface SignInResult {

    /**
     * The person is signed in to {@code account}.
     *
     * @param newlyLinked true when this sign-in linked the login.gov identity to the account
     */
    record SignedIn(SignedInAccount account, boolean newlyLinked) implements SignInResult {
    }

    /** Nothing signed in, nothing linked. */
    record Refused(SignInRefusal reason) implements SignInResult {
    }
}
