package gov.dot.fmcsa.nationalregistry.web.http;

import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a request that changes state when the browser says it comes from another site:
 * {@code Sec-Fetch-Site} other than {@code same-origin}, or, from a browser that does not send it,
 * an {@code Origin} that is not the registry's. {@code SameSite=Lax} alone lets any other host of the same site (any
 * {@code *.dot.gov}) post with the session cookie. A client that sends neither header (not a
 * browser, or a very old one) passes here; the session's {@code FormKey} stops it where it matters.
 * The refused request goes to a page that says so, and nothing changes.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** {@code none}: the person's own action (a typed address, a bookmark), never another site's. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Inject
    private LoginGovSettings settings;

    private final RefusalLog refusals = new RefusalLog(CrossSiteRequests.class);
    private String publicOrigin;

    @Override
    public void init() {
        publicOrigin = settings.publicOrigin();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> crossSite = SAFE_METHODS.contains(request.getMethod()) ? Optional.empty()
                : crossSiteSign(request);
        if (crossSite.isPresent()) {
            refusals.refused(request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI()
                    + " from another site (" + crossSite.get() + ")");
            response.sendRedirect(request.getContextPath() + RefusedRequest.PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * {@code Sec-Fetch-Site} decides when the browser sends it (no page can set it). Otherwise a
     * foreign {@code Origin} does; {@code Origin: null} says nothing, since browsers send it for the
     * registry's own forms too under {@code Referrer-Policy: no-referrer} (SecurityHeaders).
     */
    private Optional<String> crossSiteSign(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return OWN_SITE.contains(fetchSite) ? Optional.empty()
                    : Optional.of("Sec-Fetch-Site: " + abbreviated(fetchSite));
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin) && !origin.equals(publicOrigin)
                && !origin.equals(ownOrigin(request))) {
            return Optional.of("Origin: " + abbreviated(origin));
        }
        return Optional.empty();
    }

    /** The origin the browser addressed, which is not the public one on a developer's machine. */
    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? null : request.getScheme() + "://" + host;
    }

    private static String abbreviated(String header) {
        return header.length() <= 100 ? header : header.substring(0, 100) + "…";
    }
}
