package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** WildFly's management interface of the test server, as a probe or a scraper reads it, from inside that server. */
public final class ManagementInterface {

    private static final int PORT = 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ManagementInterface() {
    }

    /** GETs {@code path} (e.g. {@code /metrics}) without credentials. */
    public static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
