package gov.dot.fmcsa.nationalregistry.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's sign-in with login.gov, request by request and without following redirects, so that
 * tests can stop anywhere, change or repeat a step: the registry's session in one cookie jar, the
 * stand-in's in another (Keycloak marks its cookies Secure even over http, which
 * {@link CookieManager} then never sends back, so they are kept by hand).
 */
final class SignInClient {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*\\saction=\"([^\"]+)\"");

    private final URI registry = URI.create("http://127.0.0.1:" + System.getProperty("registry.http.port"));
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpClient standIn = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> standInCookies = new LinkedHashMap<>();

    /** GETs a registry path or a whole address, in the registry's session. */
    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        URI uri = pathOrUrl.startsWith("/") ? registry.resolve(pathOrUrl) : URI.create(pathOrUrl);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs {@code fields} to a registry path, in the registry's session, as a form without JavaScript
     * does; {@code headers} are more request headers, as name and value in turn ("Origin", "...").
     */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(registry.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormFields.encode(fields)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "Log in": the address at login.gov the registry sends the browser to. */
    String startSignIn() throws IOException, InterruptedException {
        return location(get("/login-gov/sign-in"));
    }

    /** Logs in at the stand-in from its authorization address; returns where it sends the browser back to. */
    String logInAtStandIn(String authorizationUrl, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = atStandIn(HttpRequest.newBuilder(URI.create(authorizationUrl)).GET());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no login form at the stand-in: " + page.statusCode() + " " + page.body());
        }
        String body = FormFields.encode(Map.of("username", email, "password", password, "credentialId", ""));
        HttpResponse<String> answer = atStandIn(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return location(answer);
    }

    /** A redirect's target. */
    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect but " + response.statusCode() + ": " + response.body()));
    }

    private HttpResponse<String> atStandIn(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!standInCookies.isEmpty()) {
            request.header("Cookie", String.join("; ", standInCookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        HttpResponse<String> response = standIn.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            standInCookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        });
        return response;
    }
}
