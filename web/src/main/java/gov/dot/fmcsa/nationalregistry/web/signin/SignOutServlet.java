package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.web.http.RefusalLog;
import gov.dot.fmcsa.nationalregistry.web.http.RefusedRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Sign out" (a POST from the page header, carrying the session's {@link FormKey}): ends the
 * registry's session at once, then sends the browser through login.gov's logout, which comes back
 * to {@link SignedOutServlet}.
 */
@WebServlet(SignInPaths.SIGN_OUT)
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());
    private static final RefusalLog REFUSALS = new RefusalLog(SignOutServlet.class);

    @Inject
    private LoginGov loginGov;

    @Inject
    private LoginGovSignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var signedIn = SignedInSession.of(request);
        if (signedIn.isEmpty()) {
            response.sendRedirect(request.getContextPath() + SignInPaths.SIGNED_OUT_PAGE);
            return;
        }
        if (!FormKey.matches(request, request.getParameter(FormKey.PARAMETER))) {
            // Another site's form: the person stays signed in.
            REFUSALS.refused(request.getRemoteAddr(), "a sign-out without its session's form key");
            response.sendRedirect(request.getContextPath() + RefusedRequest.PAGE);
            return;
        }
        signIn.signedOut(signedIn.get(), request.getRemoteAddr());
        SignedInSession.end(request);
        String state = RandomState.INSTANCE.next();
        try {
            String logout = loginGov.logoutUri(state).toString();
            SignedOutServlet.expect(request, state);
            response.sendRedirect(logout);
        } catch (LoginGovException e) {
            // Signed out of the registry all the same; login.gov's own session ends when it expires.
            LOG.log(Level.WARNING, "cannot send the browser through login.gov's logout: {0}", e.getMessage());
            response.sendRedirect(request.getContextPath() + SignInPaths.SIGNED_OUT_PAGE);
        }
    }

    /** Signing out changes state: only a POST does it; a GET (a typed address) shows the home page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
