package gov.dot.fmcsa.nationalregistry.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A browser test: a fresh Chromium for each test method, and, when a test fails, what the browser
 * showed at that moment kept for its reader ({@link Browser#keepFailure}).
 */
abstract class BrowserJourney {

    Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback keepFailures = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.keepFailure(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
