package gov.dot.fmcsa.nationalregistry.it;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Test deployments only ({@link RegistryDeployment#withTests}): lets a client test put an account
 * in a status, e.g. migrate an assistant whose transfer is still closed, so that it can sign in.
 * {@code POST /test/account-status?number=…&status=MIGRATED}.
 */
@WebServlet("/test/account-status")
public class AccountStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        probe.setStatus(request.getParameter("number"), AccountStatus.valueOf(request.getParameter("status")));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Sets the status of the account {@code number} on the test server. */
    static void setStatus(String number, AccountStatus status) throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestLoginGov.registryUrl()
                                + "/test/account-status?number=" + number + "&status=" + status))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != HttpServletResponse.SC_NO_CONTENT) {
            throw new IllegalStateException("setting the status of " + number + " answered " + answer.statusCode());
        }
    }
}
