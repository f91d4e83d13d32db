package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.AccountStatusServlet;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's operations in Chromium, signed in through the login.gov stand-in: they land on
 * the dashboard, open and close transfer for third parties after confirming (a missing reason is
 * named next to its field), start a reminder campaign and follow it to its end, and read the
 * reminder a LEGACY third party of theirs got in the outbox. axe-core on each page and state.
 * Numbers 50xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleOperationsJourneyIT extends SignedInJourney {

    private static final By REASON = By.id("settings:reason");
    private static final By TOGGLE = By.cssSelector(".toggle-THIRD_PARTY");
    private static final By CONFIRM = By.id("confirm-yes");

    private static String administrator;
    private static String thirdParty;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountStatusServlet.class);
    }

    /** An administrator of this test's own, who can sign in, and a LEGACY third party to be reminded. */
    @BeforeAll
    static void accounts() throws Exception {
        administrator = TestNumbers.next("50");
        thirdParty = TestNumbers.next("50");
        ImportInbox.importEveryRow("operations-" + administrator, LegacyFile.withHeader()
                .line(LegacyFile.administrator(administrator, emailOf(administrator)))
                .line(LegacyFile.thirdParty(thirdParty, emailOf(thirdParty), "TP-" + thirdParty)));
        administratorWhoCanSignIn(administrator, emailOf(administrator));
    }

    @Test
    void anAdministratorRunsTheRegistryFromTheConsole() {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(administrator)).awaitPath("/console/index.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Migration dashboard");
        assertThat(browser.text(By.id("by-status"))).contains("LEGACY").contains("LINKED");
        assertThat(browser.text(By.id("days"))).contains("Transfer requests");
        screenshotAndCheckAccessibility("console-dashboard");

        browser.click(By.id("nav-console-settings")).awaitPath("/console/settings.xhtml");
        assertThat(browser.text(By.id("state-THIRD_PARTY"))).isEqualTo("Closed");
        screenshotAndCheckAccessibility("console-settings");
        browser.click(TOGGLE);
        screenshotAndCheckAccessibility("console-settings-confirm");
        browser.click(CONFIRM);
        assertThat(browser.text(By.id("settings:reason-message"))).isEqualTo("Enter the reason for this action.");
        assertThat(browser.text(By.id("state-THIRD_PARTY"))).as("nothing changed").isEqualTo("Closed");
        screenshotAndCheckAccessibility("console-settings-no-reason");

        toggleThirdParties("Transfer is now open for");
        assertThat(browser.text(By.id("state-THIRD_PARTY"))).isEqualTo("Open");
        screenshotAndCheckAccessibility("console-settings-changed");
        toggleThirdParties("Transfer is now closed for");
        assertThat(browser.text(By.id("state-THIRD_PARTY"))).isEqualTo("Closed");

        browser.click(By.id("nav-console-reminders")).awaitPath("/console/reminders.xhtml");
        screenshotAndCheckAccessibility("console-reminders");
        browser.click(By.cssSelector("input[name='campaign:type'][value='THIRD_PARTY']"));
        browser.type(By.id("campaign:reason"), "Journey 50: remind third parties");
        browser.click(By.id("campaign:start"));
        confirm();
        awaitNotice("The reminder campaign to");
        screenshotAndCheckAccessibility("console-reminders-started");
        // The panel is redrawn by its poll: an element found just before a redraw is stale, found again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("progress:campaigns")).getText().contains("Running"));
        assertThat(browser.text(By.id("progress:campaigns"))).contains("reminders queued");

        browser.click(By.id("nav-console-outbox")).awaitPath("/console/outbox.xhtml");
        screenshotAndCheckAccessibility("console-outbox");
        WebElement reminder = browser.find(By.xpath("//tr[td[contains(., '" + emailOf(thirdParty) + "')]]//a"));
        reminder.click();
        browser.settle().awaitPath("/console/outbox-email.xhtml");
        assertThat(browser.text(By.id("subject")))
                .isEqualTo("Reminder: move your National Registry account to login.gov");
        assertThat(browser.text(By.id("recipient"))).isEqualTo(emailOf(thirdParty));
        assertThat(browser.text(By.id("text-body"))).contains("/transfer.xhtml");
        assertThat(browser.find(By.id("html-body")).getDomAttribute("sandbox")).isEmpty();
        assertThat(browser.findAll(By.id("retry"))).as("only a failed email is retried").isEmpty();
        screenshotAndCheckAccessibility("console-outbox-email");

        browser.go("/console/outbox.xhtml?status=NOT-A-STATUS");
        assertThat(browser.text(By.id("unknown-status"))).contains("no such status");
        screenshotAndCheckAccessibility("console-outbox-unknown-status");
        browser.go("/console/outbox-email.xhtml?id=x");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Email not found");
    }

    private void toggleThirdParties(String notice) {
        browser.type(REASON, "Journey 50: third parties wait for the next release");
        browser.click(TOGGLE);
        confirm();
        awaitNotice(notice);
    }

    /** Waits for the notice after a redirect that starts with {@code text} (the page before may have had one). */
    private void awaitNotice(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("notice")).stream()
                        .anyMatch(notice -> notice.getText().startsWith(text)));
        browser.settle();
    }

    /** The console's one confirmation dialog: open, then "Yes, go ahead". */
    private void confirm() {
        assertThat(browser.find(CONFIRM).isDisplayed()).isTrue();
        browser.click(CONFIRM);
    }

    private static String emailOf(String number) {
        return "operations." + number + "@example.com";
    }
}
