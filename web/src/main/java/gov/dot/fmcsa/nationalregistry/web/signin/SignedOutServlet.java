package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.web.http.RefusalLog;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * login.gov's post-logout redirect URI: when login.gov returns the state the sign-out sent, ends the
 * fresh session that waited for it; then shows "You are signed out". The registry's signed-in
 * session ended before the trip to login.gov, so a wrong or missing state ends nothing.
 */
@WebServlet(SignInPaths.SIGNED_OUT)
public class SignedOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final RefusalLog REFUSALS = new RefusalLog(SignedOutServlet.class);
    private static final String STATE = SignedOutServlet.class.getName() + ".state";

    /** Remembers, in a fresh session, the state sent with the logout request. */
    static void expect(HttpServletRequest request, String state) {
        request.getSession(true).setAttribute(STATE, state);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(STATE);
        // Only the session that went through login.gov's logout ends here: anyone can send a browser
        // to this address, and it must not sign anyone out.
        if (expected != null && expected.equals(request.getParameter("state"))) {
            session.invalidate();
        } else {
            REFUSALS.refused(request.getRemoteAddr(), "a return from login.gov's logout without the state the"
                    + " registry sent");
            if (SignedInSession.of(request).isPresent()) {
                // Still signed in: "You are signed out" would not be true.
                response.sendRedirect(request.getContextPath() + "/");
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + SignInPaths.SIGNED_OUT_PAGE);
    }
}
