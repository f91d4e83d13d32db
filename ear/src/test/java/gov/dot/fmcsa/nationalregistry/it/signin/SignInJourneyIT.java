package gov.dot.fmcsa.nationalregistry.it.signin;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Browser;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.Mails;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in with login.gov end to end (docs/product.md flows 5-7), in Chromium, against the real EAR and the
 * real local stand-in for login.gov (Keycloak, {@link TestLoginGov}), which checks the registry's
 * client assertions and PKCE as login.gov does. Numbers 89xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInJourneyIT extends SignedInJourney {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void anExaminerTransfersThenSignsInIsLinkedAndSignsInAgainLater() throws Exception {
        String number = TestNumbers.next("89");
        String email = "sign-in." + number + "@example.com";
        ImportInbox.importExaminer(number, email, "", "MD|MA|S-" + number + "|2030-01-01");
        TestLoginGov.createUser(email, List.of(email), PASSWORD);

        transfer(number, "S-" + number, "MA");
        String signInLink = Mails.buttonLink(TestMailServer.awaitMessagesTo(email, 1, MAIL_PATIENCE).get(0));
        browser.go(signInLink);
        Instant firstSignIn = Instant.now();
        logInAtLoginGov(email).awaitPath("/account/review.xhtml");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Review your National Registry account");
        assertThat(browser.text(By.id("number"))).isEqualTo(number);
        assertThat(browser.text(By.id("link"))).startsWith("Linked ");
        assertThat(browser.text(By.cssSelector(".signed-in"))).contains("Signed in as Test Examiner " + number);
        assertThat(Browser.seriousAxeViolations(browser.axeViolations())).isEmpty();
        browser.screenshot("sign-in-01-account-review");

        signOut();
        browser.go("/account/review.xhtml").awaitPath("/sign-in.xhtml");
        assertThat(browser.mainText()).contains("Please sign in to see that page");

        // Within the same minute: a client assertion used twice would be refused by its jti.
        signInAgain(email);
        signOut();
        // More than a minute later: an assertion signed once and kept would have expired.
        Duration wait = Duration.between(Instant.now(), firstSignIn.plusSeconds(65));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        signInAgain(email);
        assertThat(browser.text(By.id("number"))).isEqualTo(number);
    }

    @Test
    void aLoginGovAccountWithoutATransferredRegistryAccountIsToldWhatToDo() throws Exception {
        String number = TestNumbers.next("89");
        String legacy = "legacy." + number + "@example.com";
        ImportInbox.importEveryRow("sign-in-" + number,
                LegacyFile.withHeader().line(examiner(number, legacy, "MD|MA|L-" + number + "|2030-01-01")));
        TestLoginGov.createUser(legacy, List.of(legacy), PASSWORD);
        String nobody = "nobody." + number + "@example.net";
        TestLoginGov.createUser(nobody, List.of(nobody), PASSWORD);

        browser.go("/sign-in.xhtml");
        logInAtLoginGov(legacy).awaitPath("/sign-in-problem.xhtml");
        assertThat(browser.text(By.id("problem"))).contains("has not moved to login.gov yet");
        assertThat(browser.find(By.linkText("Transfer or Create Account")).isDisplayed()).isTrue();
        assertThat(Browser.seriousAxeViolations(browser.axeViolations())).isEmpty();
        browser.screenshot("sign-in-02-not-transferred");

        browser.close(); // a new browser: no session left at the stand-in either
        browser = Browser.open();
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(nobody).awaitPath("/sign-in-problem.xhtml");
        assertThat(browser.text(By.id("problem"))).contains("None of the email addresses of your login.gov account");
        browser.screenshot("sign-in-03-no-match");
    }

    private void transfer(String number, String license, String state) {
        browser.go("/transfer.xhtml");
        browser.type(By.id("transfer:number"), number);
        browser.type(By.id("transfer:license"), license);
        browser.selectByValue(By.id("transfer:licenseState"), state);
        browser.click(By.id("transfer:submit")).awaitPath("/transfer-sent.xhtml");
    }

    private void signInAgain(String email) {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(email).awaitPath("/account/review.xhtml");
    }

    /** "Sign out" in the header, then login.gov's own confirmation, then back at the registry. */
    private void signOut() {
        browser.click(By.xpath("//button[normalize-space()='Sign out']"));
        browser.awaitUrlStartingWith(TestLoginGov.issuer());
        browser.click(By.id("kc-logout")).awaitPath("/signed-out.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("You are signed out");
    }
}
