package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInResult;
import gov.dot.fmcsa.nationalregistry.web.http.RefusalLog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * login.gov's redirect URI. Checks login.gov's answer ({@link LoginGov}), has the registry sign the
 * identity in or link it ({@link LoginGovSignIn}), then starts the signed-in session. Whatever goes
 * wrong ends on a page that says what to do next, audited; never on an error page.
 */
@WebServlet(SignInPaths.CALLBACK)
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());
    private static final RefusalLog REFUSALS = new RefusalLog(CallbackServlet.class);

    @Inject
    private LoginGov loginGov;

    @Inject
    private LoginGovSignIn signIn;

    @Inject
    private LoginGovSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String error = request.getParameter("error");
        if (error != null) {
            // Audited only with the state of this session's sign-in: anyone can send error= answers, and
            // each would be a row of the audit log.
            if (loginGov.endsSignInInProgress(request, response)) {
                signIn.failed("login.gov answered error=" + abbreviated(error), request.getRemoteAddr());
            } else {
                REFUSALS.refused(request.getRemoteAddr(), "an error= answer without the state of a sign-in");
            }
            redirect(request, response, SignInProblem.CANCELLED.page());
            return;
        }
        LoginGovClaims claims;
        try {
            claims = loginGov.claimsFromCallback(request, response);
        } catch (LoginGovException e) {
            LOG.log(Level.INFO, "a return from login.gov failed: {0}", e.getMessage());
            LOG.log(Level.FINE, "details", e);
            signIn.failed(e.getMessage(), request.getRemoteAddr());
            redirect(request, response, (e.loginGovUnreachable() ? SignInProblem.LOGIN_GOV_UNAVAILABLE
                    : SignInProblem.NOT_COMPLETED).page());
            return;
        }
        SignInResult result = signIn.signIn(claims, request.getRemoteAddr());
        if (result instanceof SignInResult.SignedIn signedIn) {
            SignedInSession.begin(request, signedIn.account(), settings.idleTimeout());
            redirect(request, response, SignedInSession.homeOf(signedIn.account()));
        } else if (result instanceof SignInResult.Refused refused) {
            redirect(request, response, SignInProblem.of(refused.reason()).page());
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    /** A parameter as the audit log keeps it: anything can arrive in it. */
    private static String abbreviated(String parameter) {
        return parameter.length() <= 100 ? parameter : parameter.substring(0, 100) + "…";
    }
}
