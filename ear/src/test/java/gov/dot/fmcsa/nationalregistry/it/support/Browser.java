package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test: Debian's chromium and chromedriver (README.md "Prerequisites"),
 * a fresh profile deleted on {@link #close()}, nothing downloaded. Every action waits until the page
 * has loaded and PrimeFaces has finished its ajax work, with PrimeFaces' animations turned off, so
 * that tests never race the page. Also takes screenshots and runs axe-core.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("test.screenshots.dir", "target/screenshots"));

    /** True once the page has loaded and PrimeFaces (where the page uses it) is idle. */
    private static final String SETTLED = """
            return document.readyState === 'complete'
                && (typeof PrimeFaces === 'undefined'
                    || (PrimeFaces.ajax.Queue.isEmpty()
                        && (typeof jQuery === 'undefined' || jQuery.active === 0)
                        && document.querySelectorAll('.ui-state-loading').length === 0));""";
    /** Once per page load: PrimeFaces 15 otherwise keeps ajax buttons disabled for 500 ms and animates. */
    private static final String CALM = """
            if (typeof PrimeFaces !== 'undefined' && !window.__browserCalm) {
                PrimeFaces.utils.disableAnimations();
                PrimeFaces.ajax.minLoadAnimation = 0;
                window.__browserCalm = true;
            }""";
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(results.violations))
                .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));""";

    private final String base = "http://127.0.0.1:" + System.getProperty("registry.http.port");
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** Starts Chromium with a fresh profile. */
    public static Browser open() throws IOException {
        Path profile = Files.createTempDirectory("registry-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1100", "--user-data-dir=" + profile);
        // The page's console, read by contentSecurityPolicyViolations().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An alert would stay open and be reported by the test, not dismissed silently.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new Browser(profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The registry's address for {@code path} ("/sign-in.xhtml"). */
    public String url(String path) {
        return base + path;
    }

    /** Opens {@code pathOrUrl}: a path on the registry or a whole address (a link from an email). */
    public Browser go(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("/") ? url(pathOrUrl) : pathOrUrl);
        return settle();
    }

    public Browser click(By by) {
        find(by).click();
        return settle();
    }

    /** Activates a link or a button from the keyboard: Enter on it, no mouse. */
    public Browser pressEnterOn(By by) {
        find(by).sendKeys(Keys.ENTER);
        return settle();
    }

    /** Types into a field, as a person would. */
    public Browser type(By by, CharSequence... keys) {
        find(by).sendKeys(keys);
        return settle();
    }

    /** Presses keys in whatever has the focus. */
    public Browser press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return settle();
    }

    public Browser selectByValue(By by, String value) {
        new Select(find(by)).selectByValue(value);
        return settle();
    }

    /** Pastes {@code text} into a field: inserted as the person's own input, so maxlength applies. */
    public Browser paste(By by, String text) {
        WebElement field = find(by);
        field.click();
        driver.executeScript("arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);",
                field, text);
        return settle();
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /**
     * The text of an element once it has some: after a full-page submit, the element read at once
     * may still be the old page's, empty (a field's message before the answer arrives).
     */
    public String awaitText(By by) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            String text = find(by).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return text(By.id("main-content"));
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the browser shows {@code path} (navigations after a form post). */
    public Browser awaitPath(String path) {
        new WebDriverWait(driver, PATIENCE).until(d -> path.equals(path()));
        return settle();
    }

    /** Waits until the browser shows an address starting with {@code prefix} (another site's pages). */
    public Browser awaitUrlStartingWith(String prefix) {
        new WebDriverWait(driver, PATIENCE).until(d -> d.getCurrentUrl().startsWith(prefix));
        return settle();
    }

    /** Waits until the page has loaded and PrimeFaces is idle; then turns off its animations. */
    public Browser settle() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
        driver.executeScript(CALM);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
        return this;
    }

    /** Saves what the browser shows, whole page, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", Math.max(600, height.intValue()),
                            "scale", 1)));
            Files.write(file, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps what the browser shows when a test fails: screenshot and HTML,
     * {@code target/screenshots/failed-<name>.*}.
     */
    public void keepFailure(String name) {
        try {
            screenshot("failed-" + name);
            Files.writeString(SCREENSHOTS.resolve("failed-" + name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not keep the page of failed test " + name + ": " + e);
        }
    }

    /**
     * What Chromium refused since the last call because the registry's Content-Security-Policy
     * forbids it (an inline script or handler, another site's resource, a framing), one console
     * message each, from every page this browser showed meanwhile.
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * Runs axe-core (WCAG 2.x A and AA and best practices) on the current page; returns its
     * violations, each a map with {@code id}, {@code impact}, {@code help} and {@code nodes}.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axeViolations() {
        driver.executeScript(axeSource());
        return (List<Map<String, Object>>) driver.executeAsyncScript(AXE_RUN);
    }

    /** Of {@code violations}, those of impact critical or serious, one line each, for an assertion message. */
    public static List<String> seriousAxeViolations(List<Map<String, Object>> violations) {
        return violations.stream()
                .filter(v -> "critical".equals(v.get("impact")) || "serious".equals(v.get("impact")))
                .map(Browser::describe)
                .toList();
    }

    @SuppressWarnings("unchecked")
    public static String describe(Map<String, Object> violation) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
        return violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " at "
                + nodes.stream().map(n -> String.valueOf(n.get("target")) + " "
                        + String.valueOf(n.get("failureSummary")).replace('\n', ' ')).toList();
    }

    private static String axeScript;

    /** axe.min.js from the test class path (Deque's Selenium jar bundles it): nothing from the network. */
    private static synchronized String axeSource() {
        if (axeScript == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
