package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.signin.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in person in the HTTP session. The session holds only the small, serializable
 * {@link SignedInAccount}; {@link SessionAuthenticationMechanism} hands it to the container on
 * every request.
 */
final class SignedInSession {

    private static final String ATTRIBUTE = SignedInAccount.class.getName();

    private SignedInSession() {
    }

    /** The person signed in to the request's session, if anyone is. */
    static Optional<SignedInAccount> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session).map(s -> (SignedInAccount) s.getAttribute(ATTRIBUTE));
    }

    /**
     * Starts the signed-in session of {@code account}: under a new session id (what an attacker
     * may have planted before the sign-in is worth nothing after it), with a {@link FormKey} of its
     * own, ending after {@code idleTimeout} without requests.
     */
    static void begin(HttpServletRequest request, SignedInAccount account, Duration idleTimeout) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(Math.toIntExact(idleTimeout.toSeconds()));
        session.setAttribute(ATTRIBUTE, account);
        FormKey.issue(session);
    }

    /** Ends the request's session, if it has one. */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** True when {@code account} signed in longer than {@code maximumLifetime} ago. */
    static boolean outlived(SignedInAccount account, Duration maximumLifetime) {
        return account.signedInAt().plus(maximumLifetime).isBefore(Instant.now());
    }

    /**
     * Where a person goes once signed in: an examiner to their account review, an assistant or a
     * third party to the examiners they work for, an administrator to the console's dashboard.
     */
    static String homeOf(SignedInAccount account) {
        if (account.roles().contains(Roles.EXAMINER)) {
            return SignInPaths.EXAMINER_HOME;
        }
        if (account.roles().contains(Roles.ASSISTANT) || account.roles().contains(Roles.THIRD_PARTY)) {
            return SignInPaths.STAFF_HOME;
        }
        return SignInPaths.ACCOUNT_HOME;
    }
}
