package gov.dot.fmcsa.nationalregistry.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Browser;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.Mails;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Section 508 / WCAG 2.1 AA as axe-core sees it in Chromium (docs/product.md "What it promises"): every page people
 * reach, in each of its states, has no violation of impact critical or serious. Lesser ones are
 * printed for review. Numbers 85xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    /** Page → its critical and serious violations. */
    private final Map<String, List<String>> serious = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void everyPageInEveryStateHasNoCriticalOrSeriousViolation() throws Exception {
        String number = TestNumbers.next("85");
        String other = TestNumbers.next("85");
        String shared = "a11y." + number + "@example.com";
        String fresh = "a11y.fresh." + number + "@example.org";
        ImportInbox.importEveryRow("a11y-" + number, LegacyFile.withHeader()
                .line(LegacyFile.examiner(number, shared, "", "MD|VA|A-" + number + "|2030-01-01"))
                .line(LegacyFile.examiner(other, shared.toUpperCase(), "", "MD|VA|A-" + other + "|2030-01-01")));

        try (Browser browser = Browser.open()) {
            check(browser.go("/"), "index");
            check(browser.go("/sign-in.xhtml"), "sign-in");
            for (String problem : new String[] {"NO_MATCHING_ACCOUNT", "NOT_TRANSFERRED", "LOGIN_GOV_UNAVAILABLE"}) {
                check(browser.go("/sign-in-problem.xhtml?problem=" + problem), "sign-in-problem-" + problem);
            }
            check(browser.go("/signed-out.xhtml"), "signed-out");
            check(browser.go("/request-refused.xhtml"), "request-refused");
            check(browser.go("/no-such-page.xhtml"), "not-found");
            check(browser.go("/transfer.xhtml"), "transfer");
            browser.click(By.id("transfer:submit"));
            assertThat(browser.awaitText(By.id("transfer:number-message"))).isNotEmpty();
            check(browser, "transfer-with-errors");
            browser.click(By.cssSelector("label[for='transfer:type:2']"));
            check(browser, "transfer-closed-type");
            check(browser.go("/new-email.xhtml?token=no-such-link"), "new-email-unknown-link");
            check(browser.go("/confirm-email.xhtml"), "confirm-email-no-link");

            browser.go("/transfer.xhtml");
            browser.type(By.id("transfer:number"), number);
            browser.type(By.id("transfer:license"), "A-" + number);
            browser.selectByValue(By.id("transfer:licenseState"), "VA");
            browser.click(By.id("transfer:submit")).awaitPath("/transfer-sent.xhtml");
            check(browser, "transfer-sent");

            String setLink = Mails.buttonLink(TestMailServer.awaitMessagesTo(shared, 1, MAIL_PATIENCE).get(0));
            check(browser.go(setLink), "new-email");
            browser.type(By.id("new-email:email"), fresh);
            browser.type(By.id("new-email:repeated-email"), "other." + fresh);
            browser.click(By.id("new-email:submit"));
            assertThat(browser.awaitText(By.id("new-email:repeated-email-message"))).isNotEmpty();
            check(browser, "new-email-with-errors");
            browser.find(By.id("new-email:repeated-email")).clear();
            browser.type(By.id("new-email:repeated-email"), fresh);
            browser.click(By.id("new-email:submit")).awaitPath("/new-email-sent.xhtml");
            check(browser, "new-email-sent");

            MimeMessage confirmation = TestMailServer.awaitMessagesTo(fresh, 1, MAIL_PATIENCE).get(0);
            check(browser.go(Mails.buttonLink(confirmation)), "confirm-email");
            browser.click(By.id("confirm-email:confirm")).awaitPath("/email-confirmed.xhtml");
            check(browser, "email-confirmed");
            check(browser.go(setLink), "new-email-used-link");
        }

        assertThat(serious).as("critical or serious axe-core violations by page").allSatisfy(
                (page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    private void check(Browser browser, String page) {
        browser.screenshot("a11y-" + page);
        List<Map<String, Object>> violations = browser.axeViolations();
        violations.forEach(v -> System.out.println("axe " + page + ": " + Browser.describe(v)));
        serious.put(page, Browser.seriousAxeViolations(violations));
    }
}
