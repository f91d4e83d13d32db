package gov.dot.fmcsa.nationalregistry.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.it.support.FormFields;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.SignInClient;
import gov.dot.fmcsa.nationalregistry.it.support.StandInBrowser;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts another site could make a signed-in browser send: a console action and an examiner's
 * designation with a view state captured in another session (the attacker's own), the same forms
 * with a foreign {@code Origin} or {@code Sec-Fetch-Site}, a sign-out without the session's form
 * key, a return from login.gov's logout without its state, and error answers without a sign-in's
 * state. Each changes nothing and ends on a page that says so; the same request from the session's
 * own page works (the control that proves the forged one was well formed). Forged requests by the
 * dozen write a log line a minute, not one each, and no audit row. Also a console action posted
 * without its reason field, which no page sends: the field's message, not an error.
 * <p>
 * Mixed, like {@link RoleAccessIT}: the accounts are set up and the audit read inside the server,
 * every request is sent from the client, in order. Both sides must know the accounts' numbers:
 * {@link TestNumbers#ofThisRun} with prefix 97.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForgedRequestIT {

    private static final String EXAMINER = TestNumbers.ofThisRun("97", 1);
    private static final String ASSISTANT = TestNumbers.ofThisRun("97", 2);
    private static final String ADMINISTRATOR = TestNumbers.ofThisRun("97", 3);
    private static final String PASSWORD = "forged-request-password";
    private static final String SETTINGS = "/console/settings.xhtml";
    private static final String ASSISTANTS = "/account/assistants.xhtml";
    private static final String EXPIRED = "/session-expired.xhtml";
    private static final String REFUSED = "/request-refused.xhtml";
    private static final String FORGED_ERROR = "forged-error-87";
    private static final String GENUINE_ERROR = "access_denied-87";
    private static final Pattern THIRD_PARTY_SWITCH =
            Pattern.compile("<button id=\"([^\"]+)\"[^>]*toggle-THIRD_PARTY[^>]*><span[^>]*>([^<]+)</span>");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"form-key\" value=\"([^\"]*)\"");

    private static final Path SERVER_LOG = Path.of(System.getProperty("jboss.server.log.dir", "."), "server.log");

    /** Server side: where server.log ended, and when, as the test began. */
    private static long logStart;
    private static Instant startedAt = Instant.EPOCH;

    /** Client side: the stand-in's users made so far. */
    private static final Set<String> STAND_IN_USERS = new HashSet<>();

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ForgedRequestIT.class, SignInClient.class, StandInBrowser.class,
                TransferFormClient.class);
    }

    @Test
    @Order(1)
    void theExaminerTheAssistantAndTheAdministratorExist() throws IOException {
        logStart = Files.size(SERVER_LOG);
        startedAt = Instant.now();
        probe.resetAccount(AccountType.MEDICAL_EXAMINER, EXAMINER, emailOf(EXAMINER), AccountStatus.MIGRATED);
        probe.resetAccount(AccountType.ADMINISTRATIVE_ASSISTANT, ASSISTANT, emailOf(ASSISTANT), AccountStatus.MIGRATED);
        probe.resetAccount(AccountType.ADMINISTRATOR, ADMINISTRATOR, emailOf(ADMINISTRATOR), AccountStatus.MIGRATED);
        probe.grantAdministrator(ADMINISTRATOR);
        probe.deleteDesignationsOf(ASSISTANT);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aConsoleActionWithAnotherSessionsViewStateOrFromAnotherSiteChangesNothing() throws Exception {
        SignInClient attacker = signedIn(ADMINISTRATOR);
        SignInClient victim = signedIn(ADMINISTRATOR);
        String before = thirdPartySwitch(victim.get(SETTINGS).body()).group(2);

        Map<String, String> forged = toggleThirdParty(attacker.get(SETTINGS).body());
        assertRedirectedTo(victim.post(SETTINGS, forged), EXPIRED);
        String own = victim.get(SETTINGS).body();
        assertRedirectedTo(victim.post(SETTINGS, toggleThirdParty(own), "Origin", "https://forms.example.dot.gov"),
                REFUSED);
        assertRedirectedTo(victim.post(SETTINGS, toggleThirdParty(own), "Sec-Fetch-Site", "same-site"), REFUSED);
        assertThat(thirdPartySwitch(victim.get(SETTINGS).body()).group(2)).as("the switch").isEqualTo(before);

        // The control: the victim's own page, sent from the registry as Chromium sends it under
        // Referrer-Policy: no-referrer, toggles; and toggled back.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> toggled = victim.post(SETTINGS, toggleThirdParty(victim.get(SETTINGS).body()),
                    "Origin", i == 0 ? "null" : TestLoginGov.registryUrl(), "Sec-Fetch-Site", "same-origin");
            assertRedirectedTo(toggled, SETTINGS);
            assertThat(thirdPartySwitch(victim.get(SETTINGS).body()).group(2)).as("toggled " + (i + 1) + " times")
                    .isEqualTo(i == 0 ? opposite(before) : before);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aConsoleActionPostedWithoutItsReasonFieldGetsTheFieldsMessageAndChangesNothing() throws Exception {
        SignInClient administrator = signedIn(ADMINISTRATOR);
        String page = administrator.get(SETTINGS).body();
        String before = thirdPartySwitch(page).group(2);
        Map<String, String> withoutReason = toggleThirdParty(page);
        withoutReason.remove("settings:reason");

        HttpResponse<String> answer = administrator.post(SETTINGS, withoutReason);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Enter the reason for this action.")
                .doesNotContain("changed by someone else");
        assertThat(thirdPartySwitch(administrator.get(SETTINGS).body()).group(2)).as("the switch").isEqualTo(before);
    }

    @Test
    @Order(4)
    @RunAsClient
    void aDesignationWithAnotherSessionsViewStateChangesNothing() throws Exception {
        SignInClient attacker = signedIn(EXAMINER);
        SignInClient victim = signedIn(EXAMINER);

        assertRedirectedTo(victim.post(ASSISTANTS, designation(attacker.get(ASSISTANTS).body())), EXPIRED);
        assertRedirectedTo(victim.post(ASSISTANTS, designation(victim.get(ASSISTANTS).body()),
                "Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site"), REFUSED);
        // A browser's own form under Referrer-Policy: no-referrer: Origin null, Sec-Fetch-Site decides.
        assertRedirectedTo(victim.post(ASSISTANTS, designation(victim.get(ASSISTANTS).body()),
                "Origin", "null", "Sec-Fetch-Site", "same-site"), REFUSED);
        assertThat(victim.get(ASSISTANTS).body()).as("no designation").doesNotContain(ASSISTANT);
        assertThat(victim.get(EXPIRED).body()).contains("This page expired");
        assertThat(victim.get(REFUSED).body()).contains("This request was not accepted");

        assertRedirectedTo(victim.post(ASSISTANTS, designation(victim.get(ASSISTANTS).body())), ASSISTANTS);
        assertThat(victim.get(ASSISTANTS).body()).as("the control: designated").contains(ASSISTANT);
    }

    @Test
    @Order(5)
    @RunAsClient
    void aSignOutWithoutTheFormKeyOrAForeignLogoutReturnLeavesThePersonSignedIn() throws Exception {
        SignInClient victim = signedIn(EXAMINER);
        String page = victim.get(ASSISTANTS).body();
        Matcher key = FORM_KEY.matcher(page);
        assertThat(key.find()).as("the sign-out form's key").isTrue();

        assertRedirectedTo(victim.post("/sign-out", Map.of("form-key", "")), REFUSED);
        assertRedirectedTo(victim.post("/sign-out", Map.of("form-key", "x".repeat(43))), REFUSED);
        assertRedirectedTo(victim.get("/login-gov/signed-out?state=" + "x".repeat(32)), "/");
        assertThat(victim.get(ASSISTANTS).statusCode()).as("still signed in").isEqualTo(200);

        assertThat(SignInClient.location(victim.post("/sign-out", Map.of("form-key", key.group(1)))))
                .as("the control: signed out through login.gov").doesNotContain(REFUSED);
        assertThat(victim.get(ASSISTANTS).statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    @Order(6)
    @RunAsClient
    void errorAnswersWithoutTheStateOfASignInAreNotAudited() throws Exception {
        SignInClient browser = new SignInClient();
        String state = URI.create(browser.startSignIn()).getQuery().replaceAll(".*(?:^|&)state=([^&]+).*", "$1");
        for (int i = 0; i < 20; i++) {
            browser.get("/login-gov/callback?error=" + FORGED_ERROR + "&state=" + "x".repeat(32));
            browser.get("/login-gov/callback?error=" + FORGED_ERROR);
        }

        assertRedirectedTo(browser.get("/login-gov/callback?error=" + GENUINE_ERROR + "&state=" + state),
                "/sign-in-problem.xhtml?problem=CANCELLED");
    }

    @Test
    @Order(7)
    @RunAsClient
    void manyForgedViewStatesAllGoToThePageExpiredPage() throws Exception {
        byte[] forged = new byte[96];
        for (int i = 0; i < 30; i++) {
            new SecureRandom().nextBytes(forged);
            assertRedirectedTo(new TransferFormClient().post(Base64.getEncoder().encodeToString(forged),
                    TransferFormClient.examinerFields(TestNumbers.next("87"), "T-8799", "MA")), EXPIRED);
        }
    }

    @Test
    @Order(8)
    void onlyTheErrorAnswerWithItsSignInsStateWasAuditedAndTheRefusalsFillNoLog() throws IOException {
        assertThat(auditedSinceTheStart(FORGED_ERROR)).isEmpty();
        assertThat(auditedSinceTheStart(GENUINE_ERROR)).hasSize(1);

        List<String> logged;
        try (InputStream log = Files.newInputStream(SERVER_LOG)) {
            log.skipNBytes(logStart);
            logged = new String(log.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(logged).as("Mojarra's own line for each forged view state")
                .noneMatch(line -> line.contains("MAC did not verify"));
        long minutes = Duration.between(startedAt, Instant.now()).toMinutes();
        // More than 30 refusals from 127.0.0.1 (forged forms, error answers, sign-outs): one line a minute each kind.
        assertThat(logged.stream().filter(line -> line.contains("refused a request")).count())
                .as("refusals logged in " + (minutes + 1) + " minutes").isLessThanOrEqualTo(5 * (minutes + 1));
        assertThat(logged.stream().filter(line -> line.contains("ExpiredViews") && line.contains("refused a request"))
                .count()).as("forged views logged").isBetween(1L, minutes + 1);
    }

    /** Server side: the audit events that mention {@code text}, of this run of the test (the database may be kept). */
    private List<AuditEvent> auditedSinceTheStart(String text) {
        return probe.auditMentioning(text).stream().filter(event -> !event.occurredAt().isBefore(startedAt)).toList();
    }

    /** A new session of {@code number}, signed in through the stand-in (its user made the first time). */
    private static SignInClient signedIn(String number) throws Exception {
        TestLoginGov.awaitReady();
        String email = emailOf(number);
        if (STAND_IN_USERS.add(email)) {
            TestLoginGov.createUser(email, List.of(email), PASSWORD);
        }
        SignInClient browser = new SignInClient();
        HttpResponse<String> signedIn = browser.get(browser.logInAtStandIn(browser.startSignIn(), email, PASSWORD));
        assertThat(URI.create(SignInClient.location(signedIn)).getPath()).as(number + " signed in")
                .matches("/account/.*|/console/index.xhtml");
        return browser;
    }

    private static Map<String, String> toggleThirdParty(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("settings", "settings");
        fields.put("settings:reason", "ForgedRequestIT: is this post forged?");
        fields.put(thirdPartySwitch(page).group(1), "");
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    private static Map<String, String> designation(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("designate", "designate");
        fields.put("designate:number", ASSISTANT);
        fields.put("designate:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    private static Matcher thirdPartySwitch(String page) {
        Matcher button = THIRD_PARTY_SWITCH.matcher(page);
        assertThat(button.find()).as("the third parties' switch on " + page).isTrue();
        return button;
    }

    private static String opposite(String label) {
        return label.startsWith("Open") ? label.replace("Open", "Close") : label.replace("Close", "Open");
    }

    private static String viewState(String page) {
        return FormFields.viewState(page).orElseThrow(() -> new AssertionError("no form: " + page));
    }

    /** {@code answer} is a redirect to {@code target}: a path, with its query when {@code target} has one. */
    private static void assertRedirectedTo(HttpResponse<String> answer, String target) {
        assertThat(answer.statusCode()).as("status of " + answer.uri()).isIn(302, 303);
        URI location = URI.create(SignInClient.location(answer));
        String query = target.contains("?") && location.getRawQuery() != null ? "?" + location.getRawQuery() : "";
        assertThat(location.getRawPath() + query).as("where " + answer.uri() + " leads").isEqualTo(target);
    }

    private static String emailOf(String number) {
        return "forged-request." + number + "@example.com";
    }
}
