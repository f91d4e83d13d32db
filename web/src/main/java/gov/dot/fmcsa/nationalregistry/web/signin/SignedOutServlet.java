package gov.dot.fmcsa.nationalregistry.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * login.gov's post-logout redirect URI: checks that login.gov returns the state the sign-out sent,
 * then shows "You are signed out". The registry's session ended before the trip to login.gov, so
 * a wrong or missing state changes nothing but the log.
 */
@WebServlet(SignInPaths.SIGNED_OUT)
public class SignedOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignedOutServlet.class.getName());
    private static final String STATE = SignedOutServlet.class.getName() + ".state";

    /** Remembers, in a fresh session, the state sent with the logout request. */
    static void expect(HttpServletRequest request, String state) {
        request.getSession(true).setAttribute(STATE, state);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(STATE);
        if (expected == null || !expected.equals(request.getParameter("state"))) {
            LOG.info("a return from login.gov's logout without the state the registry sent");
        }
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + SignInPaths.SIGNED_OUT_PAGE);
    }
}
