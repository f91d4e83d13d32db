package gov.dot.fmcsa.nationalregistry.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.it.support.AccountStatusServlet;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An administrative assistant's and a third party's pages in Chromium (docs/product.md "Roles and pages"),
 * signed in through the real login.gov stand-in: they land on the examiners they work for, open
 * one with the keyboard and see it read-only, never see an examiner's own links, and a number
 * typed into the address bar for an examiner outside their scope gets "not found or not allowed".
 * axe-core on each page. Numbers 82xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPagesJourneyIT extends SignedInJourney {

    private static String examiner;
    private static String otherExaminer;
    private static String assistant;
    private static String thirdParty;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountStatusServlet.class);
    }

    /**
     * One examiner associated with an organization who designated an assistant, and another
     * examiner in nobody's scope; the assistant and the third party are migrated (their transfer is
     * closed by default) and have login.gov accounts.
     */
    @BeforeAll
    static void accounts() throws Exception {
        examiner = TestNumbers.next("82");
        otherExaminer = TestNumbers.next("82");
        assistant = TestNumbers.next("82");
        thirdParty = TestNumbers.next("82");
        String organization = "TP-" + thirdParty;
        ImportInbox.importEveryRow("staff-" + examiner, LegacyFile.withHeader()
                .line(LegacyFile.thirdParty(thirdParty, emailOf(thirdParty), organization))
                .line(LegacyFile.associatedExaminer(examiner, emailOf(examiner), "MD|VA|S-" + examiner + "|2030-01-01",
                        organization))
                .line(LegacyFile.examiner(otherExaminer, emailOf(otherExaminer),
                        "MD|VA|S-" + otherExaminer + "|2030-01-01"))
                .line(LegacyFile.assistant(assistant, emailOf(assistant), examiner)));
        for (String staff : List.of(assistant, thirdParty)) {
            AccountStatusServlet.setStatus(staff, AccountStatus.MIGRATED);
            TestLoginGov.createUser(emailOf(staff), List.of(emailOf(staff)), PASSWORD);
        }
    }

    @Test
    void anAssistantSeesTheExaminerWhoDesignatedThemReadOnlyAndNoOther() {
        signIn(assistant);
        checkTheirExaminer("assistant");
    }

    @Test
    void aThirdPartySeesTheExaminersOfItsOrganizationReadOnlyAndNoOther() {
        signIn(thirdParty);
        checkTheirExaminer("third-party");
    }

    private void checkTheirExaminer(String role) {
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Examiners you work for");
        assertThat(browser.text(By.id("examiners"))).contains("Test Examiner " + examiner)
                .doesNotContain(otherExaminer);
        assertThat(browser.findAll(By.id("nav-review"))).as("an examiner's own links").isEmpty();
        screenshotAndCheckAccessibility("staff-pages-" + role + "-examiners");

        browser.find(By.linkText("Test Examiner " + examiner)).sendKeys(Keys.ENTER);
        browser.awaitPath("/account/examiner.xhtml");
        assertThat(browser.text(By.id("number"))).isEqualTo(examiner);
        assertThat(browser.text(By.id("licenses"))).contains("S-" + examiner);
        assertThat(browser.findAll(By.tagName("form"))).as("read-only: only the header's sign-out")
                .hasSize(1);
        screenshotAndCheckAccessibility("staff-pages-" + role + "-examiner");

        browser.go("/account/examiner.xhtml?number=" + otherExaminer);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Examiner not found or not allowed");
        assertThat(browser.mainText()).doesNotContain("Test Examiner " + otherExaminer);
        screenshotAndCheckAccessibility("staff-pages-" + role + "-examiner-not-available");

        browser.go("/account/review.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not found or not allowed");
        screenshotAndCheckAccessibility("staff-pages-" + role + "-not-allowed");
    }

    private void signIn(String number) {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(number)).awaitPath("/account/examiners.xhtml");
    }

    private static String emailOf(String number) {
        return "staff." + number + "@example.com";
    }
}
