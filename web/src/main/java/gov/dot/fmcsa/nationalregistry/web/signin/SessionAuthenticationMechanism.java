package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.SessionStanding;
import gov.dot.fmcsa.nationalregistry.application.signin.SignedInAccount;
import gov.dot.fmcsa.nationalregistry.web.http.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the person signed in through login.gov the container's caller, with their roles, on every
 * request: so that {@code @RolesAllowed} on the EJBs, the security constraints of web.xml and
 * {@code isUserInRole} in pages all apply. The sign-in itself happens in {@link CallbackServlet};
 * this mechanism reads its result from the session and asks {@link SessionStanding} for the
 * account's roles now: a session ends when it outlived its maximum lifetime or its account was
 * locked or unlinked meanwhile, and a granted or revoked role applies from the next request.
 * WildFly runs it with {@code integrated-jaspi=false} (configure-server.cli): the caller is an
 * identity of its own, not one looked up in a WildFly realm.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private LoginGovSettings settings;

    @Inject
    private SessionStanding standing;

    @Inject
    private SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Here rather than in a filter: this runs first on every request, also on those the container
        // answers itself (the redirect to sign in below).
        headers.addTo(request, response);
        Optional<SignedInAccount> signedIn = SignedInSession.of(request);
        Optional<Set<String>> roles = signedIn.flatMap(this::rolesNow);
        if (signedIn.isPresent() && roles.isEmpty()) {
            SignedInSession.end(request);
        }
        if (roles.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().number().value(), roles.get());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SignInPaths.SIGN_IN_PAGE + "?signIn=required");
        }
        return context.doNothing();
    }

    /** The account's roles now, or nothing when the session must end (too old, locked, unlinked). */
    private Optional<Set<String>> rolesNow(SignedInAccount account) {
        if (SignedInSession.outlived(account, settings.maximumSessionLifetime())) {
            return Optional.empty();
        }
        return standing.rolesNow(account.number());
    }
}
