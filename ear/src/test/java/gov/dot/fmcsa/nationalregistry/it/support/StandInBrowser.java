package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's browser at the login.gov stand-in, reduced to its cookies, without following
 * redirects. Keycloak marks its cookies {@code Secure} even over http, so
 * {@code java.net.CookieManager} would never send them back: every cookie is kept by name (they
 * all belong to the realm's path) until Keycloak expires it.
 */
public final class StandInBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*\\saction=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** GETs {@code url} at the stand-in. */
    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** POSTs {@code fields} to {@code url} at the stand-in, as a form does. */
    public HttpResponse<String> post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormFields.encode(fields))));
    }

    /**
     * Opens {@code authorizationUrl}, fills in the login form and sends it.
     *
     * @return the stand-in's answer to the form, unfollowed: a redirect back to the registry when
     *         the person could log in
     */
    public HttpResponse<String> logIn(String authorizationUrl, String email, String password) {
        HttpResponse<String> page = get(authorizationUrl);
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no login form at the stand-in: " + page.statusCode() + " " + page.body());
        }
        return post(form.group(1).replace("&amp;", "&"),
                Map.of("username", email, "password", password, "credentialId", ""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String[] attributes = setCookie.split(";");
        int equals = attributes[0].indexOf('=');
        String name = attributes[0].substring(0, equals).trim();
        boolean expired = Stream.of(attributes).map(String::trim)
                .anyMatch(attribute -> attribute.equalsIgnoreCase("Max-Age=0"));
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, attributes[0].substring(equals + 1).trim());
        }
    }
}
