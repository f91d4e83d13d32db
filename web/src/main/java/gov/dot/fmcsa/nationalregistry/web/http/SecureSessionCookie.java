package gov.dot.fmcsa.nationalregistry.web.http;

import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} whenever the registry's public address is https. The
 * server marks it on requests that reached it over TLS (WEB-INF/undertow-handlers.conf), which a
 * single node behind a proxy that ends TLS never sees: there the cookie would go out unmarked.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    private LoginGovSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.servedOverHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
