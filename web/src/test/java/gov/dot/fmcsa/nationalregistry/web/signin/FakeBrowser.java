package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A browser visiting the registry in unit tests, without a server: each visit is a GET request and a
 * response of the Servlet API, faked just as far as the sign-in code uses them (anything else throws,
 * naming the method), and the visits share one HTTP session once the registry has started one.
 */
final class FakeBrowser {

    private Map<String, Object> session;
    private String sessionId;

    /** The request for {@code url} and the response the registry writes to it. */
    Visit visit(String url) {
        return new Visit(URI.create(url));
    }

    /** The attributes of the browser's HTTP session; none before the registry started one. */
    Map<String, Object> sessionAttributes() {
        return session == null ? Map.of() : Map.copyOf(session);
    }

    final class Visit {

        private final Map<String, Object> requestAttributes = new HashMap<>();
        private final Map<String, String> responseHeaders = new LinkedHashMap<>();
        private int status = HttpServletResponse.SC_OK;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        private Visit(URI url) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            URLUtils.parseParameters(url.getRawQuery())
                    .forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
            request = fake(HttpServletRequest.class, (method, args) -> switch (method) {
                case "getMethod" -> "GET";
                case "getScheme" -> url.getScheme();
                case "isSecure" -> "https".equals(url.getScheme());
                case "getServerName" -> url.getHost();
                case "getServerPort" -> url.getPort();
                case "getRequestURL" ->
                        new StringBuffer(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath());
                case "getRequestURI" -> url.getRawPath();
                case "getContextPath" -> "";
                case "getQueryString" -> url.getRawQuery();
                case "getParameter" ->
                        Optional.ofNullable(parameters.get((String) args[0])).map(values -> values[0]).orElse(null);
                case "getParameterMap" -> Collections.unmodifiableMap(parameters);
                case "getHeader" -> null;
                case "getHeaderNames" -> Collections.emptyEnumeration();
                case "getRemoteAddr" -> "127.0.0.1";
                case "getAttribute" -> requestAttributes.get((String) args[0]);
                case "setAttribute" -> requestAttributes.put((String) args[0], args[1]);
                case "removeAttribute" -> requestAttributes.remove((String) args[0]);
                case "getSession" -> session(args == null || (boolean) args[0]);
                default -> unsupported(HttpServletRequest.class, method);
            });
            response = fake(HttpServletResponse.class, (method, args) -> switch (method) {
                case "setStatus" -> status = (int) args[0];
                case "getStatus" -> status;
                case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
                case "addHeader" -> responseHeaders.merge((String) args[0], (String) args[1], (a, b) -> a + "," + b);
                case "getHeader" -> responseHeaders.get((String) args[0]);
                case "containsHeader" -> responseHeaders.containsKey((String) args[0]);
                default -> unsupported(HttpServletResponse.class, method);
            });
        }

        HttpServletRequest request() {
            return request;
        }

        HttpServletResponse response() {
            return response;
        }

        int status() {
            return status;
        }

        /** Where the registry redirected the browser. */
        URI location() {
            return URI.create(responseHeaders.get("Location"));
        }
    }

    private HttpSession session(boolean create) {
        if (session == null && !create) {
            return null;
        }
        if (session == null) {
            session = new HashMap<>();
            sessionId = UUID.randomUUID().toString();
        }
        Map<String, Object> attributes = session;
        return fake(HttpSession.class, (method, args) -> switch (method) {
            case "getId" -> sessionId;
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
            case "invalidate" -> session = null;
            default -> unsupported(HttpSession.class, method);
        });
    }

    private interface Answers {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answers answers) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> "fake " + type.getSimpleName();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> answers.answer(method.getName(), args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object unsupported(Class<?> type, String method) {
        throw new UnsupportedOperationException("FakeBrowser does not fake " + type.getSimpleName() + "." + method);
    }
}
