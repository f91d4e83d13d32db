package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Transfer or Create Account" as a browser without JavaScript sends it (like the integration
 * tests' TransferFormClient): GET /transfer.xhtml, take its jakarta.faces.ViewState, POST the
 * examiner's fields back with it. The answer to the POST is a redirect to /transfer-sent.xhtml,
 * whatever the registry holds; the redirect is not followed.
 *
 * <p>One <em>submission</em> is the group of those two requests; its time is the sum of both.
 */
final class TransferForm {

    static final String SUBMISSION = "submission";
    static final String GET_FORM = "GET /transfer.xhtml";
    static final String POST_FORM = "POST /transfer.xhtml";

    /** Where the registry runs (system property {@code baseUrl}). */
    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");

    private TransferForm() {
    }

    /**
     * When the registry runs on this machine, each of {@code browsers} virtual users connects from
     * an address of its own (127.0.1.1, 127.0.1.2, ...: all of 127.0.0.0/8 is this machine), as
     * people do; the registry counts its per-address limit on the client address.
     */
    static HttpProtocolBuilder protocol(int browsers) {
        return protocol(browsers, "national-registry transfer-load benchmark (Gatling)");
    }

    /** The same, for another benchmark: redirects not followed, each browser from its own address. */
    static HttpProtocolBuilder protocol(int browsers, String userAgent) {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-US,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader(userAgent);
        String host = URI.create(BASE_URL).getHost();
        if (!"localhost".equals(host) && !host.startsWith("127.")) {
            return protocol;
        }
        List<String> addresses = IntStream.rangeClosed(1, browsers)
                .mapToObj(i -> "127.0." + (1 + (i - 1) / 254) + "." + (1 + (i - 1) % 254)).toList();
        return protocol.localAddresses(addresses);
    }

    /** One submission of the session attributes number, license and licenseState. */
    static ChainBuilder submission() {
        return group(SUBMISSION).on(
                http(GET_FORM).get("/transfer.xhtml")
                        .check(status().is(200))
                        .check(regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState")),
                http(POST_FORM).post("/transfer.xhtml")
                        .formParam("transfer", "transfer")
                        .formParam("transfer:type", "MEDICAL_EXAMINER")
                        .formParam("transfer:number", "#{number}")
                        .formParam("transfer:license", "#{license}")
                        .formParam("transfer:licenseState", "#{licenseState}")
                        .formParam("transfer:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        // A format error would re-render the form with 200: only the redirect is a success.
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(location -> location.endsWith("/transfer-sent.xhtml")).is(true)));
    }

    static int intProperty(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)).trim());
    }

    static double doubleProperty(String name, double defaultValue) {
        return Double.parseDouble(System.getProperty(name, String.valueOf(defaultValue)).trim());
    }
}
