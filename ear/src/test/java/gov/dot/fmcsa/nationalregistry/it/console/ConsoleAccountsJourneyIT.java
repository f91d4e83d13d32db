package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.AccountStatusServlet;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator in the management console's accounts (docs/product.md "Management console"), in Chromium,
 * signed in through the login.gov stand-in: searches (bad input first), opens an examiner's
 * account, locks it with a reason after confirming, and sees the lock and its audit entry; an
 * unknown number gets "No account with that number". axe-core on every state of the pages, the
 * confirmation dialog open included. The administrator's own account offers no lock. Numbers 40xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAccountsJourneyIT extends SignedInJourney {

    private static String administrator;
    private static String examiner;
    private static String unlocked;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountStatusServlet.class);
    }

    @BeforeAll
    static void accounts() throws Exception {
        administrator = TestNumbers.next("40");
        examiner = TestNumbers.next("40");
        unlocked = TestNumbers.next("40");
        ImportInbox.importEveryRow("console-accounts-" + administrator, LegacyFile.withHeader()
                .line(LegacyFile.administrator(administrator, emailOf(administrator)))
                .line(LegacyFile.examiner(examiner, emailOf(examiner), "MD|VA|C-" + examiner + "|2030-01-01"))
                .line(LegacyFile.examiner(unlocked, emailOf(unlocked), "MD|VA|C-" + unlocked + "|2030-01-01")));
        administratorWhoCanSignIn(administrator, emailOf(administrator));
    }

    @Test
    void anAdministratorFindsAnAccountAndLocksItWithAReason() {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(administrator));
        browser.pressEnterOn(By.id("nav-console-accounts")).awaitPath("/console/accounts.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accounts");
        screenshotAndCheckAccessibility("console-accounts-empty");

        browser.paste(By.id("search:name"), "%_".repeat(5_000)).click(By.id("search:search-button"));
        assertThat(browser.text(By.id("search:name-message"))).startsWith("Keep the name to 100 characters or fewer");
        assertThat(browser.find(By.id("search:name")).getDomProperty("value")).as("kept").hasSize(10_000);
        assertThat(browser.findAll(By.id("results:accounts"))).as("no search ran").isEmpty();
        screenshotAndCheckAccessibility("console-accounts-bad-name");

        browser.find(By.id("search:name")).clear();
        browser.type(By.id("search:number"), "12ab").click(By.id("search:search-button"));
        assertThat(browser.awaitText(By.id("search:number-message"))).isNotBlank();
        assertThat(browser.find(By.id("search:number")).getDomProperty("value")).isEqualTo("12ab");
        screenshotAndCheckAccessibility("console-accounts-bad-number");

        browser.find(By.id("search:number")).clear();
        browser.type(By.id("search:name"), "examiner " + examiner).click(By.id("search:search-button"));
        assertThat(browser.text(By.id("results:accounts"))).contains(examiner)
                .contains("Examiner " + examiner + ", Test")
                .contains("1-1 of 1 accounts");
        assertHeadResourcesOnceAfterPostbacks();
        screenshotAndCheckAccessibility("console-accounts-results");

        browser.pressEnterOn(By.linkText(examiner)).awaitPath("/console/account.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Test Examiner " + examiner);
        assertThat(browser.text(By.id("locked"))).isEqualTo("No");
        assertThat(browser.text(By.id("licenses"))).contains("C-" + examiner);
        screenshotAndCheckAccessibility("console-account");

        browser.type(By.id("lock:reason"), "Reported a stolen phone").click(By.id("lock:lock-button"));
        assertThat(browser.find(By.className("confirm-dialog")).isDisplayed()).isTrue();
        screenshotAndCheckAccessibility("console-account-confirm-lock");
        browser.click(By.id("confirm-yes")).awaitPath("/console/account.xhtml");

        assertThat(browser.text(By.id("notice"))).isEqualTo("The account was locked. Its sessions have ended.");
        assertThat(browser.text(By.id("locked"))).startsWith("Locked");
        assertThat(browser.text(By.id("audit"))).contains("ACCOUNT_LOCKED").contains("reason: Reported a stolen phone")
                .contains(administrator);
        assertThat(browser.findAll(By.id("lock:lock-button"))).isEmpty();
        screenshotAndCheckAccessibility("console-account-locked");
    }

    /**
     * PrimeFaces' theme, icons and locale come from the template, not from PrimeFaces' head renderer
     * (decision 14): after three postbacks of the same view, each is in the page once, the theme
     * before the registry's own style sheet that overrides it.
     */
    private void assertHeadResourcesOnceAfterPostbacks() {
        assertThat(browser.findAll(By.cssSelector("link[href*='theme.css'][href*='ln=primefaces-saga-blue']")))
                .hasSize(1);
        assertThat(browser.findAll(By.cssSelector("link[href*='primeicons.css']"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector("script[src*='locale-en.js']"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector("link[href*='theme.css'] ~ link[href*='registry.css']"))).hasSize(1);
    }

    @Test
    void aLockWithoutAReasonIsNotDoneAndAnUnknownNumberIsNoAccount() {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(administrator));
        browser.find(By.id("nav-console-accounts"));
        browser.go("/console/account.xhtml?number=" + administrator);
        assertThat(browser.text(By.id("own-account"))).startsWith("This is your own account");
        assertThat(browser.findAll(By.id("lock:lock-button"))).as("not on one's own account").isEmpty();

        browser.go("/console/account.xhtml?number=" + unlocked);
        browser.click(By.id("lock:lock-button")).click(By.id("confirm-yes"));
        assertThat(browser.text(By.id("lock:reason-message"))).isEqualTo("Enter the reason for this action.");
        assertThat(browser.text(By.id("locked"))).isEqualTo("No");
        screenshotAndCheckAccessibility("console-account-no-reason");

        browser.go("/console/account.xhtml?number=not-a-number");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("No account with that number");
        screenshotAndCheckAccessibility("console-account-unknown");
    }

    private static String emailOf(String number) {
        return "console." + number + "@example.com";
    }
}
