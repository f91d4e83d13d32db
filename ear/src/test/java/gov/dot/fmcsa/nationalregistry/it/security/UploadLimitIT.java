package gov.dot.fmcsa.nationalregistry.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.AccountStatusServlet;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.SignedInJourney;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The request size limits (docs/decisions/0017): the console's import page takes a file over the
 * 10 MB that every other path is held to and really imports it, in Chromium; every other path still
 * refuses a body over 10 MB, form or multipart, before reading it. Numbers 61xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitIT extends SignedInJourney {

    /** WildFly's usual max-post-size, which every path but the import page keeps (a little under, in fact). */
    private static final int SERVER_LIMIT = 10 * 1024 * 1024;
    private static final Duration PATIENCE = Duration.ofSeconds(240);
    /**
     * The same numbers in every run (created by the first, updated by the next): some twenty
     * thousand numbers from {@link TestNumbers} would run into the ranges other tests use.
     */
    private static final String BULK_NUMBERS = "61990";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BOUNDARY = "upload-limit-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private static String administrator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountStatusServlet.class);
    }

    @BeforeAll
    static void administrator() throws Exception {
        administrator = TestNumbers.next("61");
        ImportInbox.importEveryRow("upload-limit-" + administrator, LegacyFile.withHeader()
                .line(LegacyFile.administrator(administrator, emailOf(administrator))));
        administratorWhoCanSignIn(administrator, emailOf(administrator));
    }

    /** A valid registry file of about 12 MB, every row an examiner: all imported through the page. */
    @Test
    void theImportPageTakesAFileOverTenMegabytes() throws Exception {
        Path csv = Files.createTempFile("over-10-mb-", ".csv");
        int rows = writeValidFileOver(csv, 12 * 1024 * 1024);
        assertThat(Files.size(csv)).as("over the limit of every other path").isGreaterThan(SERVER_LIMIT + 1024 * 1024);

        browser.go("/sign-in.xhtml");
        logInAtLoginGov(emailOf(administrator));
        browser.pressEnterOn(By.id("nav-console-import")).awaitPath("/console/import.xhtml");
        assertThat(browser.text(By.id("file-hint"))).contains("100 MB at most");
        browser.find(By.cssSelector("#upload input[type=file]")).sendKeys(csv.toString());
        browser.type(By.id("upload:reason"), "A registry file over 10 MB");
        browser.click(By.id("upload:start"));
        browser.click(By.id("confirm-yes")).awaitPath("/console/import.xhtml");
        assertThat(browser.text(By.id("notice"))).contains("The import of " + csv.getFileName() + " started");

        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !d.findElements(By.id("summary")).isEmpty());
        assertThat(browser.text(By.id("run-file"))).isEqualTo(csv.getFileName().toString());
        assertThat(browser.text(By.id("run-status"))).isEqualTo("Finished");
        assertThat(browser.text(By.id("summary-read"))).isEqualTo(String.valueOf(rows));
        assertThat(Integer.parseInt(browser.text(By.id("summary-created")))
                + Integer.parseInt(browser.text(By.id("summary-updated")))).isEqualTo(rows);
        assertThat(browser.text(By.id("summary-rejected"))).isEqualTo("0");
        screenshotAndCheckAccessibility("console-import-over-10-mb");
        Files.delete(csv);
    }

    /**
     * The anonymous transfer form, and every other page and servlet, refuse a body over 10 MB with
     * 413 from its headers alone, form or multipart, and a body of undeclared length (chunked) with
     * 411; a form of the usual size is still answered. The import page still takes both (and sends
     * an anonymous caller to sign in).
     */
    @Test
    void everyOtherPathRefusesABodyOverTenMegabytes() throws Exception {
        String form = "transfer=transfer&transfer:type=MEDICAL_EXAMINER&transfer:number=" + TestNumbers.next("61")
                + "&transfer:license=X-1&transfer:licenseState=MA&padding=";
        HttpResponse<String> usual = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base() + "/transfer.xhtml")).header("Content-Type", FORM)
                        .POST(BodyPublishers.ofString(form + "x".repeat(1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(usual.statusCode()).as("a form of 1 MB is answered").isEqualTo(200);

        for (String path : new String[] {"/transfer.xhtml", "/index.xhtml", "/sign-in.xhtml", "/console/audit.xhtml",
                "/console/import-report", "/console/import.xhtml/../audit.xhtml"}) {
            assertThat(answerToHeaders(path, FORM, "Content-Length: " + SERVER_LIMIT)).as(path).isEqualTo(413);
            assertThat(answerToHeaders(path, MULTIPART, "Content-Length: " + (SERVER_LIMIT + 1024 * 1024)))
                    .as(path).isEqualTo(413);
            assertThat(answerToHeaders(path, FORM, "Transfer-Encoding: chunked")).as(path).isEqualTo(411);
        }
        assertThat(answerToHeaders("/console/import.xhtml", MULTIPART, "Content-Length: " + (100 * 1024 * 1024)))
                .as("the import page, anonymously").isEqualTo(302);
        assertThat(answerToHeaders("/console/import.xhtml", MULTIPART, "Transfer-Encoding: chunked"))
                .as("the import page, anonymously").isEqualTo(302);
    }

    /** Writes examiner rows of about 670 bytes until {@code size} is passed; returns the rows. */
    private static int writeValidFileOver(Path csv, long size) throws IOException {
        StringBuilder text = new StringBuilder(LegacyFile.HEADER).append('\n');
        int rows = 0;
        while (text.length() < size) {
            String number = BULK_NUMBERS + "%05d".formatted(rows);
            text.append(number).append(",MEDICAL_EXAMINER,").append(padded("Upload", 100)).append(",Examiner ")
                    .append(number).append(",upload.").append(number).append("@example.com,,(617) 494-3003,")
                    .append(padded("55 Broadway", 200)).append(',').append(padded("Floor 3 Suite", 200))
                    .append(",Cambridge,MA,02142,2020-01-15,2030-01-15,MD|MA|U-").append(number)
                    .append("|2030-01-01,,,,\n");
            rows++;
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        return rows;
    }

    /** {@code start} and letters after it, {@code length} characters in all (no comma, no space at the end). */
    private static String padded(String start, int length) {
        return (start + " " + "Q".repeat(length)).substring(0, length);
    }

    /**
     * The status of the server's answer to a POST to {@code path} of which only the headers are
     * sent, with {@code length} ({@code Content-Length: ...} or {@code Transfer-Encoding: chunked}):
     * what it decides before reading a byte of the body.
     */
    private static int answerToHeaders(String path, String contentType, String length) throws IOException {
        String port = System.getProperty("registry.http.port");
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: " + contentType + "\r\n" + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).as("answer to " + path).startsWith("HTTP/1.1 ");
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + System.getProperty("registry.http.port");
    }

    private static String emailOf(String number) {
        return "upload-administrator." + number + "@example.com";
    }
}
