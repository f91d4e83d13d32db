package gov.dot.fmcsa.nationalregistry.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The headers of {@link SecurityHeaders} and the cookie flag of {@link SecureSessionCookie} where the
 * integration tests cannot go: a registry served over https behind a proxy that ends TLS, so that
 * every request reaches the server as plain http.
 */
class SecurityHeadersTest {

    private static final String LOGIN_GOV = "https://secure.login.gov/";

    @Test
    void behindATlsProxyPagesGetHstsAndEveryHeader() throws Exception {
        Map<String, String> headers = answerTo("/account/review.xhtml", "https://registry.example.gov");

        assertThat(headers)
                .containsEntry("Content-Security-Policy",
                        "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
                                + "object-src 'none'; form-action 'self' https://secure.login.gov")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void staticResourcesMayBeCachedAndPlainHttpGetsNoHsts() throws Exception {
        Map<String, String> headers = answerTo("/jakarta.faces.resource/registry.css.xhtml", "http://localhost:8080");

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .doesNotContainKeys("Cache-Control", "Strict-Transport-Security");
    }

    @Test
    void theSessionCookieIsSecureWheneverThePublicAddressIsHttps() throws Exception {
        assertThat(sessionCookieSecure("https://registry.example.gov")).isTrue();
        assertThat(sessionCookieSecure("http://localhost:8080")).isFalse();
    }

    private static Map<String, String> answerTo(String path, String publicUrl) throws Exception {
        SecurityHeaders securityHeaders = new SecurityHeaders();
        inject(securityHeaders, settings(publicUrl));
        securityHeaders.init();
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletRequest request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getRequestURI" -> path;
            case "getContextPath" -> "";
            case "isSecure" -> false;
            default -> throw new UnsupportedOperationException(method);
        });
        HttpServletResponse response = fake(HttpServletResponse.class, (method, args) -> {
            if (!"setHeader".equals(method)) {
                throw new UnsupportedOperationException(method);
            }
            headers.put((String) args[0], (String) args[1]);
            return null;
        });

        securityHeaders.addTo(request, response);

        return headers;
    }

    private static boolean sessionCookieSecure(String publicUrl) throws Exception {
        AtomicBoolean secure = new AtomicBoolean();
        SessionCookieConfig cookie = fake(SessionCookieConfig.class, (method, args) -> {
            if (!"setSecure".equals(method)) {
                throw new UnsupportedOperationException(method);
            }
            secure.set((Boolean) args[0]);
            return null;
        });
        ServletContext context = fake(ServletContext.class, (method, args) -> {
            if (!"getSessionCookieConfig".equals(method)) {
                throw new UnsupportedOperationException(method);
            }
            return cookie;
        });
        SecureSessionCookie listener = new SecureSessionCookie();
        inject(listener, settings(publicUrl));
        listener.contextInitialized(new ServletContextEvent(context));
        return secure.get();
    }

    private static LoginGovSettings settings(String publicUrl) {
        return new LoginGovSettings(LOGIN_GOV, "urn:gov:gsa:openidconnect.profiles:sp:sso:dot:test", Optional.empty(),
                Optional.empty(), "urn:acr.login.gov:auth-only", publicUrl, Duration.ofSeconds(5),
                Duration.ofMinutes(30), Duration.ofHours(12));
    }

    private static void inject(Object bean, LoginGovSettings settings) throws ReflectiveOperationException {
        Field field = bean.getClass().getDeclaredField("settings");
        field.setAccessible(true);
        field.set(bean, settings);
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.of(method.getName(), args)));
    }
}
