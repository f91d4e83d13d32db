package gov.dot.fmcsa.nationalregistry.it.support;

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
 * in a status, e.g. migrate an assistant whose transfer is still closed, so that it can sign in,
 * and grant it the administrator role: {@code POST /test/account-status?number=…&status=MIGRATED}
 * and {@code &administrator=true}.
 */
@WebServlet("/test/account-status")
public class AccountStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String number = request.getParameter("number");
        probe.setStatus(number, AccountStatus.valueOf(request.getParameter("status")));
        if (Boolean.parseBoolean(request.getParameter("administrator"))) {
            probe.grantAdministrator(number);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Sets the status of the account {@code number} on the test server. */
    public static void setStatus(String number, AccountStatus status) throws Exception {
        post("number=" + number + "&status=" + status);
    }

    /** Migrates the account {@code number} and grants it the administrator role, so that it can sign in as one. */
    public static void makeAdministrator(String number) throws Exception {
        post("number=" + number + "&status=" + AccountStatus.MIGRATED + "&administrator=true");
    }

    private static void post(String query) throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestLoginGov.registryUrl() + "/test/account-status?" + query))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != HttpServletResponse.SC_NO_CONTENT) {
            throw new IllegalStateException("test/account-status?" + query + " answered " + answer.statusCode());
        }
    }
}
