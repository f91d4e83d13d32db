package gov.dot.fmcsa.nationalregistry.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A secret of each signed-in session that every form it renders carries and every post in it must
 * bring back: a page of another session (an attacker's own, signed in or not) cannot supply it, so
 * a post forged from another site changes nothing even when the browser sends the session cookie.
 * Faces forms carry it in their sealed view state (SessionBoundViews), the sign-out form in a field.
 * Made at sign-in, gone with the session.
 */
public final class FormKey {

    /** The name of the sign-out form's field, and of the session attribute. */
    public static final String PARAMETER = "form-key";

    private static final String ATTRIBUTE = FormKey.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormKey() {
    }

    /** The key of the request's session, if someone is signed in to it. */
    public static Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session).map(s -> (String) s.getAttribute(ATTRIBUTE));
    }

    /**
     * Whether {@code carried} is what a form of the request's session carries: the session's key,
     * or nothing for a session nobody signed in to (compared in constant time).
     */
    public static boolean matches(HttpServletRequest request, String carried) {
        String expected = of(request).orElse(null);
        if (expected == null || carried == null) {
            return expected == null && carried == null;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                carried.getBytes(StandardCharsets.US_ASCII));
    }

    /** Gives a session that has just been signed in to a key of its own. */
    static void issue(HttpSession session) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        session.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }
}
