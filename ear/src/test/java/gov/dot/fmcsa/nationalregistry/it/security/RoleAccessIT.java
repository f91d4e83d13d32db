package gov.dot.fmcsa.nationalregistry.it.security;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.ADMINISTRATIVE_ASSISTANT;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.ADMINISTRATOR;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.THIRD_PARTY;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Access;
import gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Role;
import gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Row;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.SignInClient;
import gov.dot.fmcsa.nationalregistry.it.support.StandInBrowser;
import gov.dot.fmcsa.nationalregistry.it.support.TestLoginGov;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
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
 * Who may open which page: every cell of {@link RoleAccessTable}, anonymous included,
 * over HTTP against the real EAR with people signed in through the real login.gov stand-in; then
 * assistants and third parties asking for examiners outside their scope by changing the number in
 * the address, which must look exactly like asking for no examiner at all, be audited, and follow
 * a revoked designation at once. Last, a lock ends the examiner's session and a granted
 * administrator role applies, both on the next request.
 * <p>
 * Mixed: the accounts are set up and the audit trail read inside the server ({@link RegistryProbe}:
 * assistants and third parties cannot transfer their accounts yet, so only the database can make
 * them linkable), every request is sent from the client like a browser's. The methods run in order
 * and the client keeps its signed-in sessions from one to the next. Both sides must know the
 * accounts' numbers: {@link TestNumbers#ofThisRun} with prefix 96.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleAccessIT {

    /** Designated the assistant, associated with the third party's organization. */
    private static final String EXAMINER = TestNumbers.ofThisRun("96", 1);
    /** Neither designated the assistant nor is associated with the third party's organization. */
    private static final String OTHER_EXAMINER = TestNumbers.ofThisRun("96", 2);
    private static final String ASSISTANT = TestNumbers.ofThisRun("96", 3);
    private static final String THIRD_PARTY_STAFF = TestNumbers.ofThisRun("96", 4);
    private static final String ADMINISTRATOR_STAFF = TestNumbers.ofThisRun("96", 5);
    /** An examiner nobody has made. */
    private static final String NOBODY = TestNumbers.ofThisRun("96", 99);
    private static final String ORGANIZATION = "RA-86";
    private static final String PASSWORD = "role-access-password";
    private static final String NOT_AVAILABLE = "not found or not allowed";
    private static final String SIGN_IN_REQUIRED = "/sign-in.xhtml?signIn=required";

    /** Client side: each role's browser, signed in once. */
    private static final Map<Role, SignInClient> BROWSERS = new EnumMap<>(Role.class);

    /** Server side: when the setup ran, so that audit events of earlier runs do not count. */
    private static Instant setUpAt = Instant.EPOCH;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(RoleAccessIT.class, RoleAccessTable.class, SignInClient.class,
                StandInBrowser.class);
    }

    @Test
    @Order(1)
    void oneAccountOfEachRoleCanSignIn() {
        setUpAt = Instant.now();
        account(MEDICAL_EXAMINER, EXAMINER);
        account(MEDICAL_EXAMINER, OTHER_EXAMINER);
        account(ADMINISTRATIVE_ASSISTANT, ASSISTANT);
        account(THIRD_PARTY, THIRD_PARTY_STAFF);
        probe.designate(ASSISTANT, EXAMINER);
        probe.associate(THIRD_PARTY_STAFF, EXAMINER, ORGANIZATION);
        account(ADMINISTRATOR, ADMINISTRATOR_STAFF);
        probe.grantAdministrator(ADMINISTRATOR_STAFF);

        assertThat(probe.account(ASSISTANT).orElseThrow().designations())
                .extracting(designation -> designation.examiner().number().value()).containsExactly(EXAMINER);
        assertThat(probe.account(THIRD_PARTY_STAFF).orElseThrow().organization().code()).isEqualTo(ORGANIZATION);
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyCellOfTheTableIsWhatTheRegistryAnswers() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : RoleAccessTable.rows(EXAMINER)) {
            for (Role role : Role.values()) {
                Access expected = row.of(role);
                HttpResponse<String> answer = browser(role).get(row.page());
                String cell = row.page() + " as " + role + " (expected " + expected + ")";
                assertSecurityHeaders(softly, answer, cell);
                switch (expected) {
                    case ALLOWED -> {
                        softly.assertThat(answer.statusCode()).as(cell).isEqualTo(200);
                        softly.assertThat(answer.body()).as(cell).doesNotContainIgnoringCase(NOT_AVAILABLE);
                    }
                    case SIGN_IN -> {
                        softly.assertThat(answer.statusCode()).as(cell).isEqualTo(302);
                        softly.assertThat(answer.headers().firstValue("Location")).as(cell)
                                .hasValueSatisfying(location -> assertThat(location).endsWith(SIGN_IN_REQUIRED));
                    }
                    case DENIED -> {
                        softly.assertThat(answer.statusCode()).as(cell).isEqualTo(403);
                        softly.assertThat(answer.body()).as(cell).contains("Not found or not allowed");
                    }
                }
            }
        }
        softly.assertAll();
    }

    /** What every answer carries, whoever asks (SecurityHeaders): the test server is http, so no HSTS. */
    private static void assertSecurityHeaders(SoftAssertions softly, HttpResponse<String> answer, String cell) {
        HttpHeaders headers = answer.headers();
        softly.assertThat(headers.firstValue("Content-Security-Policy")).as(cell).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                        "base-uri 'none'",
                        "form-action 'self' http://127.0.0.1:"));
        softly.assertThat(headers.firstValue("X-Frame-Options")).as(cell).contains("DENY");
        softly.assertThat(headers.firstValue("X-Content-Type-Options")).as(cell).contains("nosniff");
        softly.assertThat(headers.firstValue("Referrer-Policy")).as(cell).contains("no-referrer");
        softly.assertThat(headers.firstValue("Cache-Control")).as(cell)
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        softly.assertThat(headers.firstValue("Strict-Transport-Security")).as(cell).isEmpty();
    }

    @Test
    @Order(3)
    @RunAsClient
    void staffChangingTheNumberInTheAddressGetNotFoundLikeForNoExaminer() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Role role : List.of(Role.ASSISTANT, Role.THIRD_PARTY)) {
            for (String number : List.of(OTHER_EXAMINER, NOBODY, "abc", "1' OR 1=1", "")) {
                HttpResponse<String> answer = browser(role).get("/account/examiner.xhtml?number="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8));
                String cell = role + " asking for examiner \"" + number + "\"";
                softly.assertThat(answer.statusCode()).as(cell).isEqualTo(404);
                softly.assertThat(answer.body()).as(cell).contains("Examiner " + NOT_AVAILABLE)
                        .doesNotContain("Person " + OTHER_EXAMINER);
            }
        }
        softly.assertAll();
    }

    @Test
    @Order(4)
    void eachRefusalOfAWellFormedNumberIsAuditedAndTheAssistantsDesignationIsThenRevoked() {
        assertThat(refusalsOf(OTHER_EXAMINER)).extracting(event -> event.actor().name())
                .containsExactlyInAnyOrder(ASSISTANT, THIRD_PARTY_STAFF);
        assertThat(refusalsOf(NOBODY)).extracting(event -> event.actor().name())
                .containsExactlyInAnyOrder(ASSISTANT, THIRD_PARTY_STAFF);
        assertThat(refusalsOf(EXAMINER)).isEmpty();

        probe.deleteDesignationsOf(ASSISTANT);
    }

    @Test
    @Order(5)
    @RunAsClient
    void aRevokedAssistantNoLongerSeesTheExaminerOnTheNextRequest() throws Exception {
        HttpResponse<String> answer = browser(Role.ASSISTANT).get("/account/examiner.xhtml?number=" + EXAMINER);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Examiner " + NOT_AVAILABLE);
        assertThat(browser(Role.THIRD_PARTY).get("/account/examiner.xhtml?number=" + EXAMINER).statusCode())
                .as("the third party's scope is not the assistant's").isEqualTo(200);
    }

    @Test
    @Order(6)
    void anAdministratorLocksTheExaminerAndGrantsTheAssistantTheAdministratorRole() {
        probe.lock(EXAMINER);
        probe.grantAdministrator(ASSISTANT);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theLockEndsTheExaminersSessionAndTheGrantAppliesOnTheNextRequest() throws Exception {
        HttpResponse<String> locked = browser(Role.EXAMINER).get("/account/review.xhtml");
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(SignInClient.location(locked)).endsWith(SIGN_IN_REQUIRED);
        assertThat(browser(Role.EXAMINER).get("/index.xhtml").body()).as("signed out")
                .doesNotContain("Sign out");

        assertThat(browser(Role.ASSISTANT).get("/console/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser(Role.ASSISTANT).get("/account/examiners.xhtml").statusCode())
                .as("an assistant still").isEqualTo(200);
    }

    /** Makes the account exist, linkable at its next sign-in: unlinked, unlocked and transferred. */
    private void account(AccountType type, String number) {
        probe.resetAccount(type, number, emailOf(number), AccountStatus.MIGRATED);
    }

    private List<AuditEvent> refusalsOf(String examiner) {
        return probe.auditOf(examiner).stream()
                .filter(event -> event.action().equals(AuditAction.EXAMINER_ACCESS_REFUSED))
                .filter(event -> !event.occurredAt().isBefore(setUpAt))
                .toList();
    }

    /** The browser of {@code role}: signed in through the stand-in the first time it is asked for. */
    private static SignInClient browser(Role role) throws Exception {
        SignInClient browser = BROWSERS.get(role);
        if (browser == null) {
            browser = new SignInClient();
            if (role != Role.ANONYMOUS) {
                signIn(browser, numberOf(role));
            }
            BROWSERS.put(role, browser);
        }
        return browser;
    }

    private static void signIn(SignInClient browser, String number) throws Exception {
        TestLoginGov.awaitReady();
        String email = emailOf(number);
        TestLoginGov.createUser(email, List.of(email), PASSWORD);
        HttpResponse<String> signedIn = browser.get(browser.logInAtStandIn(browser.startSignIn(), email, PASSWORD));
        assertThat(URI.create(SignInClient.location(signedIn)).getPath()).as(number + " signed in")
                .matches("/account/.*|/console/index.xhtml");
    }

    private static String numberOf(Role role) {
        return switch (role) {
            case ANONYMOUS -> throw new IllegalArgumentException("nobody signs in as " + role);
            case EXAMINER -> EXAMINER;
            case ASSISTANT -> ASSISTANT;
            case THIRD_PARTY -> THIRD_PARTY_STAFF;
            case ADMINISTRATOR -> ADMINISTRATOR_STAFF;
        };
    }

    private static String emailOf(String number) {
        return "role-access." + number + "@example.com";
    }
}
