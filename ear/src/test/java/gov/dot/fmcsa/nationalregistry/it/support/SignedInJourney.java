package gov.dot.fmcsa.nationalregistry.it.support;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;

/**
 * A browser test whose people sign in through the local login.gov stand-in ({@link TestLoginGov}),
 * every one of them with the same password.
 */
public abstract class SignedInJourney extends BrowserJourney {

    protected static final String PASSWORD = "journey-password";

    @BeforeAll
    protected static void standIn() {
        TestLoginGov.awaitReady();
    }

    /**
     * Makes the imported account {@code number} an administrator who can sign in: migrated, granted
     * the role, and with a login.gov account for {@code email} at the stand-in.
     */
    protected static void administratorWhoCanSignIn(String number, String email) throws Exception {
        AccountStatusServlet.makeAdministrator(number);
        TestLoginGov.createUser(email, List.of(email), PASSWORD);
    }

    /**
     * From the registry's sign-in page, where the browser is: "Log in" (from the keyboard), then the
     * stand-in's login form for {@code email}. The caller waits for where the registry sends the person.
     */
    protected Browser logInAtLoginGov(String email) {
        browser.pressEnterOn(By.linkText("Log in"));
        browser.awaitUrlStartingWith(TestLoginGov.issuer());
        browser.type(By.id("username"), email);
        browser.type(By.id("password"), PASSWORD);
        return browser.click(By.id("kc-login"));
    }
}
