package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.SignedInAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Makes the person signed in through login.gov the container's caller, with their roles, on every
 * request: so that {@code @RolesAllowed} on the EJBs, the security constraints of web.xml and
 * {@code isUserInRole} in pages all apply. The sign-in itself happens in {@link CallbackServlet};
 * this mechanism only reads its result from the session, and ends sessions that outlived their
 * maximum lifetime. WildFly runs it with {@code integrated-jaspi=false} (configure-server.cli):
 * the caller is an identity of its own, not one looked up in a WildFly realm.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    private LoginGovSettings settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<SignedInAccount> signedIn = SignedInSession.of(request);
        if (signedIn.isPresent() && SignedInSession.outlived(signedIn.get(), settings.maximumSessionLifetime())) {
            SignedInSession.end(request);
            signedIn = Optional.empty();
        }
        if (signedIn.isPresent()) {
            SignedInAccount account = signedIn.get();
            return context.notifyContainerAboutLogin(account.number().value(), account.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SignInPaths.SIGN_IN_PAGE + "?signIn=required");
        }
        return context.doNothing();
    }
}
