package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.it.support.AccountStatusServlet;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's import, audit log and administrators pages in Chromium, signed in through
 * the login.gov stand-in: a half-wrong CSV is uploaded, its summary shows
 * and its error report downloads; the audit log is filtered, a bad date gets its message; the
 * administrator role is granted to another linked account after the confirmation. axe-core on
 * each page state. Numbers 60xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleRecordsJourneyIT extends SignedInJourney {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final int GOOD_ROWS = 4000;
    /**
     * The same numbers in every run (created by the first, updated by the next): thousands of
     * numbers from {@link TestNumbers} would run ahead into the range other tests of this run use.
     */
    private static final String BULK_NUMBERS = "609999";

    private static String administrator;
    private static String colleague;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountStatusServlet.class);
    }

    /** An administrator with a login.gov account, and a colleague whose account is linked. */
    @BeforeAll
    static void accounts() throws Exception {
        administrator = TestNumbers.next("60");
        colleague = TestNumbers.next("60");
        ImportInbox.importEveryRow("records-" + administrator, LegacyFile.withHeader()
                .line(LegacyFile.administrator(administrator, emailOf(administrator)))
                .line(LegacyFile.administrator(colleague, emailOf(colleague))));
        AccountStatusServlet.setStatus(colleague, AccountStatus.LINKED);
        administratorWhoCanSignIn(administrator, emailOf(administrator));
    }

    @Test
    void anAdministratorImportsAFileReadsTheAuditLogAndGrantsTheRole() throws Exception {
        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(administrator));
        browser.find(By.id("nav-console-import"));

        importAHalfWrongFile();
        refuseAFileOverTheLimit();
        filterTheAuditLog();
        grantTheRoleToTheColleague();
    }

    private void importAHalfWrongFile() throws Exception {
        browser.pressEnterOn(By.id("nav-console-import")).awaitPath("/console/import.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import legacy accounts");
        screenshotAndCheckAccessibility("console-import");

        browser.click(By.id("upload:start"));
        browser.click(By.id("confirm-yes"));
        assertThat(browser.text(By.id("upload:file-message"))).isEqualTo("Choose the CSV file to import.");
        assertThat(browser.text(By.id("upload:reason-message"))).isEqualTo("Enter the reason for this action.");
        screenshotAndCheckAccessibility("console-import-refused");

        // Large enough to be read for a few seconds: the page shows the run's progress meanwhile.
        StringBuilder rows = new StringBuilder(LegacyFile.HEADER).append('\n')
                .append(LegacyFile.examiner(TestNumbers.next("60"), "no email here", "MD|MA|J-1|2030-01-01"))
                .append('\n');
        for (int i = 0; i < GOOD_ROWS; i++) {
            String examiner = BULK_NUMBERS + "%04d".formatted(i);
            rows.append(LegacyFile.examiner(examiner, "journey." + examiner + "@example.com",
                    "MD|MA|J-" + examiner + "|2030-01-01")).append('\n');
        }
        Path csv = Files.createTempFile("half-wrong-", ".csv");
        Files.writeString(csv, rows);
        browser.find(By.cssSelector("#upload input[type=file]")).sendKeys(csv.toString());
        browser.type(By.id("upload:reason"), "Journey of the records console");
        browser.click(By.id("upload:start"));
        browser.click(By.id("confirm-yes")).awaitPath("/console/import.xhtml");
        assertThat(browser.text(By.id("notice"))).contains("The import of " + csv.getFileName() + " started");

        assertThat(browser.text(By.id("run-status"))).isEqualTo("Running");
        assertThat(browser.find(By.id("status:progress")).getAttribute("role")).isEqualTo("progressbar");
        assertThat(browser.find(By.id("status:progress")).getAttribute("aria-valuenow")).matches("[0-9]{1,3}");
        assertThat(browser.text(By.id("rows-read"))).contains("rows read so far");
        screenshotAndCheckAccessibility("console-import-running");

        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("summary")).isEmpty());
        assertThat(browser.text(By.id("run-status"))).isEqualTo("Finished");
        assertThat(browser.text(By.id("summary-read"))).isEqualTo(String.valueOf(GOOD_ROWS + 1));
        assertThat(Integer.parseInt(browser.text(By.id("summary-created")))
                + Integer.parseInt(browser.text(By.id("summary-updated")))).isEqualTo(GOOD_ROWS);
        assertThat(browser.text(By.id("summary-rejected"))).isEqualTo("1");
        screenshotAndCheckAccessibility("console-import-summary");

        String report = download(browser.find(By.id("report")).getAttribute("href"));
        assertThat(report.lines().toList()).first().isEqualTo("line,field,reason");
        assertThat(report).contains("2,primary_email,");
        Files.delete(csv);
    }

    /**
     * 101 MB of binary noise: over the console's limit (ImportPage.MAX_UPLOAD_BYTES, 100 MB), under
     * the 120 MB that the import page alone may receive (web.xml), so the page answers next to the
     * field; nothing is started.
     */
    private void refuseAFileOverTheLimit() throws Exception {
        byte[] noise = new byte[101 * 1024 * 1024];
        new Random(12).nextBytes(noise);
        Path file = Files.createTempFile("too-big-", ".csv");
        Files.write(file, noise);
        browser.find(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        browser.type(By.id("upload:reason"), "A file over the limit");
        browser.click(By.id("upload:start"));
        browser.click(By.id("confirm-yes")).awaitPath("/console/import.xhtml");
        new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("upload:file-message"), "This file is larger than 100 MB"));
        assertThat(browser.text(By.id("run-status"))).as("the earlier run still shown").isEqualTo("Finished");
        screenshotAndCheckAccessibility("console-import-too-big");
        Files.delete(file);
    }

    private void filterTheAuditLog() {
        browser.pressEnterOn(By.id("nav-console-audit")).awaitPath("/console/audit.xhtml");
        screenshotAndCheckAccessibility("console-audit");

        browser.type(By.id("filter:actor"), administrator);
        browser.type(By.id("filter:from"), "2026-13-45");
        browser.click(By.id("filter:search"));
        assertThat(browser.text(By.id("filter:from-message")))
                .isEqualTo("Enter a date as YYYY-MM-DD, e.g. 2026-12-01.");
        assertThat(browser.find(By.id("filter:from")).getAttribute("value")).as("kept").isEqualTo("2026-13-45");
        screenshotAndCheckAccessibility("console-audit-bad-date");

        browser.find(By.id("filter:from")).clear();
        browser.type(By.id("filter:action"), "LEGACY_IMPORT_BEGUN");
        browser.click(By.id("filter:search"));
        assertThat(browser.text(By.id("filter:action-message")))
                .isEqualTo("No action is called that: choose one from the list.");

        browser.find(By.id("filter:action")).clear();
        browser.type(By.id("filter:action"), "legacy_import_started");
        browser.click(By.id("filter:search"));
        assertThat(browser.text(By.id("results:events"))).contains("LEGACY_IMPORT_STARTED")
                .contains("reason: Journey of the records console").doesNotContain("No event matches");
        screenshotAndCheckAccessibility("console-audit-filtered");
    }

    private void grantTheRoleToTheColleague() {
        browser.pressEnterOn(By.id("nav-console-administrators")).awaitPath("/console/administrators.xhtml");
        assertThat(browser.text(By.id("administrators"))).contains(administrator + "").contains("(you)");
        screenshotAndCheckAccessibility("console-administrators");

        browser.type(By.id("grant:number"), colleague);
        browser.type(By.id("grant:reason"), "New help desk lead");
        browser.click(By.id("grant:submit"));
        assertThat(browser.text(By.className("confirm-dialog"))).contains("Grant the administrator role?");
        browser.click(By.id("confirm-yes")).awaitPath("/console/administrators.xhtml");
        assertThat(browser.text(By.id("notice"))).isEqualTo("Account " + colleague
                + " is now an administrator, from its next page or sign-in.");
        assertThat(browser.text(By.id("administrators"))).contains(colleague);
        screenshotAndCheckAccessibility("console-administrators-granted");

        browser.type(By.id("grant:number"), colleague);
        browser.type(By.id("grant:reason"), "Twice");
        browser.click(By.id("grant:submit"));
        browser.click(By.id("confirm-yes"));
        assertThat(browser.text(By.id("grant:number-message"))).isEqualTo("This account is already an administrator.");
        screenshotAndCheckAccessibility("console-administrators-refused");
    }

    /** Fetches {@code url} with the browser's cookies, as the browser's download would. */
    private String download(String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        return answer.body();
    }

    private static String emailOf(String number) {
        return "records." + number + "@example.com";
    }
}
