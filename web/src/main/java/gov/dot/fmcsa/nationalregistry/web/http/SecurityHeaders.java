package gov.dot.fmcsa.nationalregistry.web.http;

import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries (docs/security.md): no framing by any site, no content
 * sniffing, no {@code Referer} (the emailed links' pages carry a secret in their address), a
 * Content-Security-Policy that allows scripts of the registry's own origin only and stops eval,
 * plugins, foreign base URLs and form targets, pages never kept by a browser or proxy cache (they
 * hold personal data and their forms a view state), and HSTS when the registry is served over https.
 * <p>
 * Inline scripts stay allowed: PrimeFaces writes one per widget, and its nonce mode keeps each
 * page's nonce in the view map, that is in an HTTP session, which every anonymous page would then
 * start (against decision 8), and answers a form posted without its nonce with an error
 * (docs/decisions/0021-content-security-policy-without-nonces.md).
 * <p>
 * The sign-in mechanism adds them to every request first ({@code SessionAuthenticationMechanism}),
 * since the container answers some requests itself before any filter runs (the redirect to sign
 * in); error pages get them again ({@link OnErrorPages}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Style sheets, scripts and images of the registry and of PrimeFaces: the same for everyone. */
    private static final String[] STATIC_RESOURCES = {"/jakarta.faces.resource/", "/resources/"};

    @Inject
    private LoginGovSettings settings;

    private String contentSecurityPolicy;
    private boolean https;

    @PostConstruct
    void init() {
        // Forms post to the registry only; signing out posts to it and is redirected to login.gov,
        // which browsers check against form-action too.
        contentSecurityPolicy = "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none';"
                + " object-src 'none'; form-action 'self' " + settings.issuerOrigin();
        https = settings.servedOverHttps();
    }

    /** Sets the headers on {@code response}, the answer to {@code request}. */
    public void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (https || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : STATIC_RESOURCES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The error pages (web.xml), whose dispatch may start from a reset response. */
    @WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
    public static class OnErrorPages extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Inject
        private SecurityHeaders headers;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            headers.addTo(request, response);
            chain.doFilter(request, response);
        }
    }
}
