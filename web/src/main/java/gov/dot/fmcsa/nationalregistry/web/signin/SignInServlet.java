package gov.dot.fmcsa.nationalregistry.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Log in": sends the browser to login.gov, or straight to the account of someone already signed in.
 */
@WebServlet(SignInPaths.SIGN_IN)
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    private LoginGov loginGov;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var signedIn = SignedInSession.of(request);
        if (signedIn.isPresent()) {
            response.sendRedirect(request.getContextPath() + SignedInSession.homeOf(signedIn.get()));
            return;
        }
        try {
            loginGov.redirectToSignIn(request, response);
        } catch (LoginGovException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            response.sendRedirect(request.getContextPath() + SignInProblem.LOGIN_GOV_UNAVAILABLE.page());
        }
    }
}
