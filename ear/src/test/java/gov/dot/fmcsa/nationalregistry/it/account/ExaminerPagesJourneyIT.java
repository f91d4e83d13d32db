package gov.dot.fmcsa.nationalregistry.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.Mails;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An examiner's own pages in Chromium (docs/product.md flow 8), signed in through the real login.gov
 * stand-in: the whole account, phone and address with a wrong value first, the email change up to
 * its confirmation, and designating then revoking an administrative assistant with the refusals on
 * the way. Every page and each of its states passes axe-core (no critical or serious violation);
 * everything on the registry's side is done with the keyboard alone. Numbers 83xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExaminerPagesJourneyIT extends SignedInJourney {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void anExaminerReviewsTheirAccountChangesTheirAddressAndManagesAnAssistant() throws Exception {
        String number = TestNumbers.next("83");
        String assistant = TestNumbers.next("83");
        String email = "pages." + number + "@example.com";
        ImportInbox.importEveryRow("pages-" + number, LegacyFile.withHeader()
                .line(LegacyFile.examiner(number, email, "MD|MA|P-" + number + "|2030-01-01"))
                .line(assistant + ",ADMINISTRATIVE_ASSISTANT,Ava,Assistant " + assistant + ",assistant." + assistant
                        + "@example.com,,,,,,,,,,,,,,"));
        TestLoginGov.createUser(email, List.of(email), PASSWORD);
        signIn(number, email);

        assertThat(browser.text(By.id("number"))).isEqualTo(number);
        assertThat(browser.text(By.id("licenses"))).contains("P-" + number, "Massachusetts");
        assertThat(browser.text(By.id("certification-expires-on"))).contains("January 15, 2030", "days left");
        screenshotAndCheckAccessibility("examiner-pages-examiner-review");

        browser.pressEnterOn(By.id("nav-contact")).awaitPath("/account/contact.xhtml");
        assertThat(browser.find(By.id("contact:phone")).getAttribute("value")).isEqualTo("617.494.3003");
        browser.find(By.id("contact:postalCode")).clear();
        browser.type(By.id("contact:postalCode"), "ABCDE");
        browser.find(By.id("contact:phone")).clear();
        browser.type(By.id("contact:phone"), "12345", Keys.ENTER);
        assertThat(browser.text(By.id("contact:phone-message"))).contains("10 digits");
        assertThat(browser.text(By.id("contact:postalCode-message"))).contains("ZIP code");
        screenshotAndCheckAccessibility("examiner-pages-contact-with-errors");
        browser.find(By.id("contact:phone")).clear();
        browser.type(By.id("contact:phone"), "(804) 555-0100");
        browser.find(By.id("contact:city")).clear();
        browser.pressEnterOn(By.id("contact:save"));
        assertThat(browser.text(By.id("contact:city-message"))).contains("Enter the city");
        assertThat(browser.find(By.id("contact:phone")).getAttribute("value")).as("kept, as the registry writes it")
                .isEqualTo("804.555.0100");
        browser.type(By.id("contact:city"), "Richmond");
        browser.find(By.id("contact:postalCode")).clear();
        browser.type(By.id("contact:postalCode"), "23219", Keys.ENTER);
        browser.awaitPath("/account/review.xhtml");
        assertThat(browser.text(By.id("notice"))).contains("saved");
        assertThat(browser.text(By.id("phone"))).isEqualTo("804.555.0100");
        assertThat(browser.text(By.id("address"))).contains("Richmond, MA 23219");

        browser.pressEnterOn(By.id("nav-email")).awaitPath("/account/email.xhtml");
        screenshotAndCheckAccessibility("examiner-pages-email");
        String newEmail = "new.pages." + number + "@example.org";
        browser.type(By.id("email-change:email"), newEmail);
        browser.type(By.id("email-change:repeated-email"), newEmail, Keys.ENTER);
        browser.awaitPath("/account/review.xhtml");
        assertThat(browser.text(By.id("notice"))).contains(newEmail);
        String confirmLink = Mails.buttonLink(TestMailServer.awaitMessagesTo(newEmail, 1, MAIL_PATIENCE).get(0));
        assertThat(browser.text(By.id("email"))).as("unchanged until confirmed").isEqualTo(email);
        browser.go(confirmLink);
        browser.pressEnterOn(By.id("confirm-email:confirm")).awaitPath("/email-changed.xhtml");
        screenshotAndCheckAccessibility("examiner-pages-email-changed");
        browser.pressEnterOn(By.id("nav-review")).awaitPath("/account/review.xhtml");
        assertThat(browser.text(By.id("email"))).isEqualTo(newEmail);

        browser.pressEnterOn(By.id("nav-assistants")).awaitPath("/account/assistants.xhtml");
        screenshotAndCheckAccessibility("examiner-pages-assistants-none");
        browser.type(By.id("designate:number"), number, Keys.ENTER);
        assertThat(browser.text(By.id("designate:number-message"))).contains("your own number");
        screenshotAndCheckAccessibility("examiner-pages-assistants-with-error");
        browser.find(By.id("designate:number")).clear();
        browser.type(By.id("designate:number"), assistant, Keys.ENTER);
        browser.awaitPath("/account/assistants.xhtml");
        assertThat(browser.text(By.id("notice"))).contains(assistant);
        assertThat(browser.text(By.id("assistants:list"))).contains("Ava Assistant " + assistant);
        assertThat(TestMailServer.awaitMessagesTo("assistant." + assistant + "@example.com", 1, MAIL_PATIENCE))
                .hasSize(1);
        screenshotAndCheckAccessibility("examiner-pages-assistants-one");

        browser.find(By.id("assistants:list:0:revoke")).sendKeys(Keys.ENTER); // no settling: the confirmation is open
        browser.driver().switchTo().alert().accept();
        browser.awaitPath("/account/assistants.xhtml");
        assertThat(browser.text(By.id("notice"))).contains("revoked");
        assertThat(browser.text(By.id("no-assistants"))).contains("not designated any");
    }

    private void signIn(String number, String email) {
        browser.go("/transfer.xhtml");
        browser.type(By.id("transfer:number"), number);
        browser.type(By.id("transfer:license"), "P-" + number);
        browser.selectByValue(By.id("transfer:licenseState"), "MA");
        browser.pressEnterOn(By.id("transfer:submit")).awaitPath("/transfer-sent.xhtml");
        TestMailServer.awaitMessagesTo(email, 1, MAIL_PATIENCE);
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(email).awaitPath("/account/review.xhtml");
    }
}
