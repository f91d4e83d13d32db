package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends "Transfer or Create Account" the way a browser without JavaScript would: GET the form,
 * POST it back with its view state. Keeps its own session (cookies), like one browser. Redirects
 * are not followed, so that a test sees the answer to the POST itself.
 */
public final class TransferFormClient {

    public static final String PATH = "/transfer.xhtml";
    private final URI base = URI.create("http://127.0.0.1:" + System.getProperty("registry.http.port"));
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Forgets the session, so the next request starts a new one like a stranger's; keeps the connection. */
    public void forgetSession() {
        cookies.getCookieStore().removeAll();
    }

    /** GETs the form: its view state for the POST. */
    public String openForm() throws IOException, InterruptedException {
        HttpResponse<String> form = get(PATH);
        return FormFields.viewState(form.body()).filter(found -> form.statusCode() == 200)
                .orElseThrow(() -> new AssertionError("no transfer form: " + form.statusCode() + " " + form.body()));
    }

    /** GETs the form and POSTs an examiner's request; returns the answer to the POST. */
    public HttpResponse<String> submitExaminer(String number, String license, String state)
            throws IOException, InterruptedException {
        return post(openForm(), examinerFields(number, license, state));
    }

    /** The form fields of an examiner's request. */
    public static Map<String, String> examinerFields(String number, String license, String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transfer:type", "MEDICAL_EXAMINER");
        fields.put("transfer:number", number);
        fields.put("transfer:license", license);
        fields.put("transfer:licenseState", state);
        return fields;
    }

    /** POSTs {@code fields} with the form's own hidden fields and the submit button. */
    public HttpResponse<String> post(String viewState, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("transfer", "transfer");
        all.putAll(fields);
        all.put("transfer:submit", "");
        all.put("jakarta.faces.ViewState", viewState);
        return http.send(HttpRequest.newBuilder(base.resolve(PATH))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FormFields.encode(all))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
