package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A browser's sign-in with login.gov, request by request and without following redirects, so that
 * tests can stop anywhere, change or repeat a step: the registry's session in one cookie jar, the
 * stand-in's in a {@link StandInBrowser}.
 */
public final class SignInClient {

    private final URI registry = URI.create("http://127.0.0.1:" + System.getProperty("registry.http.port"));
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final StandInBrowser standIn = new StandInBrowser();

    /** GETs a registry path or a whole address, in the registry's session. */
    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        URI uri = pathOrUrl.startsWith("/") ? registry.resolve(pathOrUrl) : URI.create(pathOrUrl);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs {@code fields} to a registry path, in the registry's session, as a form without JavaScript
     * does; {@code headers} are more request headers, as name and value in turn ("Origin", "...").
     */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
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
    public String startSignIn() throws IOException, InterruptedException {
        return location(get("/login-gov/sign-in"));
    }

    /** Logs in at the stand-in from its authorization address; returns where it sends the browser back to. */
    public String logInAtStandIn(String authorizationUrl, String email, String password) {
        return location(standIn.logIn(authorizationUrl, email, password));
    }

    /** A redirect's target. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "no redirect but " + response.statusCode() + ": " + response.body()));
    }
}
