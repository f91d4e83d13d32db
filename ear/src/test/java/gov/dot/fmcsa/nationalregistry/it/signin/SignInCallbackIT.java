package gov.dot.fmcsa.nationalregistry.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignInClient;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What comes back to the registry's redirect URI when it is not a fresh, genuine answer from
 * login.gov: each ends on a page that says what to do next, never on an error, and signs nobody
 * in. Against the real EAR and the real stand-in. Numbers 89xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInCallbackIT {

    private static final String PASSWORD = "callback-password";
    private static final String NOT_COMPLETED = "/sign-in-problem.xhtml?problem=NOT_COMPLETED";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @BeforeAll
    static void standIn() {
        TestLoginGov.awaitReady();
    }

    @Test
    void aCallbackWithoutAnySignInStartedSignsNobodyIn() throws Exception {
        SignInClient browser = new SignInClient();

        assertProblem(browser, browser.get("/login-gov/callback"), NOT_COMPLETED);
        assertProblem(browser, browser.get("/login-gov/callback?code=abc&state=" + "x".repeat(32)), NOT_COMPLETED);
    }

    @Test
    void accessDeniedAtLoginGovIsACancelledSignIn() throws Exception {
        SignInClient browser = new SignInClient();
        browser.startSignIn();

        assertProblem(browser, browser.get("/login-gov/callback?error=access_denied&state=whatever"),
                "/sign-in-problem.xhtml?problem=CANCELLED");
        assertProblem(browser, browser.get("/login-gov/callback?error=" + "x".repeat(10_000)),
                "/sign-in-problem.xhtml?problem=CANCELLED");
    }

    @Test
    void aMissingOrForgedStateOrAnUnknownCodeIsRefused() throws Exception {
        SignInClient browser = new SignInClient();

        browser.startSignIn();
        assertProblem(browser, browser.get("/login-gov/callback?code=abc"), NOT_COMPLETED);
        browser.startSignIn();
        String forged = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        assertProblem(browser, browser.get("/login-gov/callback?code=abc&state=" + forged), NOT_COMPLETED);
        String state = parameter(browser.startSignIn(), "state");
        assertProblem(browser, browser.get("/login-gov/callback?code=no-such-code&state=" + state), NOT_COMPLETED);
        assertThat(browser.get("/account/review.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aGenuineAnswerSignsInOnceAndItsReplayIsRefused() throws Exception {
        String number = TestNumbers.next("89");
        String email = "callback." + number + "@example.com";
        ImportInbox.importExaminer(number, email, "", "MD|MA|C-" + number + "|2030-01-01");
        new TransferFormClient().submitExaminer(number, "C-" + number, "MA");
        TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30));
        TestLoginGov.createUser(email, List.of(email), PASSWORD);
        SignInClient browser = new SignInClient();

        String callback = browser.logInAtStandIn(browser.startSignIn(), email, PASSWORD);
        assertThat(URI.create(callback).getPath()).isEqualTo("/login-gov/callback");
        HttpResponse<String> signedIn = browser.get(callback);
        assertThat(URI.create(SignInClient.location(signedIn)).getPath()).isEqualTo("/account/review.xhtml");
        assertThat(browser.get("/account/review.xhtml").body()).contains(number);

        assertProblem(browser, browser.get(callback), NOT_COMPLETED);
        SignInClient stranger = new SignInClient();
        assertProblem(stranger, stranger.get(callback), NOT_COMPLETED);
        assertThat(stranger.get("/account/review.xhtml").statusCode()).isEqualTo(302);
    }

    /** The answer redirects to {@code problemPage}, which renders and offers a way on. */
    private static void assertProblem(SignInClient browser, HttpResponse<String> answer, String problemPage)
            throws Exception {
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = SignInClient.location(answer);
        assertThat(location).endsWith(problemPage);
        HttpResponse<String> page = browser.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("We could not sign you in").contains("fmctechsup@dot.gov")
                .doesNotContain("<script>alert(1)");
    }

    private static String parameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
