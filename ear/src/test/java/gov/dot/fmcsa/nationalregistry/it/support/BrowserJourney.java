package gov.dot.fmcsa.nationalregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A browser test: a fresh Chromium for each test method, and, when a test fails, what the browser
 * showed at that moment kept for its reader ({@link Browser#keepFailure}). Every journey must run
 * under the registry's Content-Security-Policy without a single refusal: a page that needs an
 * inline script the policy blocks is broken for its users.
 */
public abstract class BrowserJourney {

    protected Browser browser;

    @RegisterExtension
    protected final AfterTestExecutionCallback keepFailures = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.keepFailure(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    protected void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    protected void closeBrowser() {
        try {
            assertThat(browser.contentSecurityPolicyViolations()).as("Content-Security-Policy refusals").isEmpty();
        } finally {
            browser.close();
        }
    }

    /**
     * Saves a screenshot of the page as it is, named {@code page}, and asserts that axe-core finds
     * no critical or serious violation on it.
     */
    protected void screenshotAndCheckAccessibility(String page) {
        browser.screenshot(page);
        assertThat(Browser.seriousAxeViolations(browser.axeViolations()))
                .as("critical or serious axe-core violations on " + page).isEmpty();
    }
}
