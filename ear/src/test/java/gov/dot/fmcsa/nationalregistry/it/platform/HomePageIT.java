package gov.dot.fmcsa.nationalregistry.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real EAR serves the registry's pages over HTTP, as a browser would ask for them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void homePageNamesTheRegistryOffersSignInAndTheHelpDesk() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("National Registry of Certified Medical Examiners")
                .contains("An official website of the United States government")
                .contains(">Sign in<")
                .contains("fmctechsup@dot.gov")
                .contains("617.494.3003");
    }

    @Test
    void signInPageOffersLogInAndTransferOrCreateAccount() throws Exception {
        HttpResponse<String> signIn = get("/sign-in.xhtml");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains(">Log in<").contains(">Transfer or Create Account<")
                .contains("href=\"/login-gov/sign-in\"").contains("href=\"/transfer.xhtml\"");
    }

    @Test
    void anEmailLinkThatIsMissingCutShortOrForgedGetsAPageThatSaysSo() throws Exception {
        for (String path : new String[] {"/new-email.xhtml?token=abc", "/new-email.xhtml",
                "/confirm-email.xhtml?token=" + "A".repeat(43),
                "/confirm-email.xhtml?token=%3Cscript%3Ealert(1)%3C/script%3E"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("This link is not valid").contains("Transfer or Create Account")
                    .doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void anUnknownPageIsAPlainNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        // PrimeFaces writes the error pages of web.xml, exception names included, into its settings:
        // look for the shape of a stack trace instead.
        assertThat(missing.body()).contains("Page not found").doesNotContainPattern("Exception: |\\sat [a-z]+\\.");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("registry.http.port") + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
