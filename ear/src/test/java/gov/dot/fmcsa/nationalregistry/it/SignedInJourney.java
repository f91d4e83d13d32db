package gov.dot.fmcsa.nationalregistry.it;

import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;

/**
 * A browser test whose people sign in through the local login.gov stand-in ({@link TestLoginGov}),
 * every one of them with the same password.
 */
abstract class SignedInJourney extends BrowserJourney {

    static final String PASSWORD = "journey-password";

    @BeforeAll
    static void standIn() {
        TestLoginGov.awaitReady();
    }

    /**
     * From the registry's sign-in page, where the browser is: "Log in" (from the keyboard), then the
     * stand-in's login form for {@code email}. The caller waits for where the registry sends the person.
     */
    Browser logInAtLoginGov(String email) {
        browser.pressEnterOn(By.linkText("Log in"));
        browser.awaitUrlStartingWith(TestLoginGov.issuer());
        browser.type(By.id("username"), email);
        browser.type(By.id("password"), PASSWORD);
        return browser.click(By.id("kc-login"));
    }
}
