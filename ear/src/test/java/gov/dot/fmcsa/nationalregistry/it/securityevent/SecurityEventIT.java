package gov.dot.fmcsa.nationalregistry.it.securityevent;

import static gov.dot.fmcsa.nationalregistry.it.support.SecurityEventPusher.LOGIN_GOV;
import static gov.dot.fmcsa.nationalregistry.it.support.SecurityEventPusher.RISC;
import static gov.dot.fmcsa.nationalregistry.it.support.SecurityEventPusher.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.application.signin.SessionStanding;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInRefusal;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInResult;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.SecurityEventPusher;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * login.gov's security events, pushed over HTTP to the real server and acted on by its queue
 * (docs/product.md "Security events"): what each event does to a linked account and its audit
 * trail, a replayed or doubly delivered event acted on once, and refused tokens answered with
 * their RFC 8935 code and nothing stored. The checks of every kind of bad token are
 * SecurityEventTokenTest's (web module). Numbers from {@link TestNumbers}, prefix 91.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityEventIT {

    private static final SecurityEventPusher PUSH = SecurityEventPusher.ofTestServer();

    @Inject
    private RegistryProbe probe;

    @Inject
    private SessionStanding standing;

    @Inject
    private LoginGovSignIn signIn;

    @Inject
    private AccountAdministration administration;

    @Inject
    private AsAdministrator asAdministrator;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(SecurityEventIT.class, SecurityEventPusher.class, Await.class,
                Callers.class, AsAdministrator.class);
    }

    @Test
    void aPurgedLoginGovAccountEndsTheLinkAndThePersonIsEmailedHowToLinkANewOne() {
        Linked person = linkedExaminer();

        String jti = accepted(PUSH.claims(RISC + "account-purged", PUSH.identity(person.sub)).build());

        awaitAudit(person, AuditAction.LOGIN_GOV_LINK_ENDED, jti);
        assertThat(probe.account(person.number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(probe.subjectLinkedTo(person.number)).isEmpty();
        assertThat(probe.retiredLinksOf(person.number)).containsExactly(person.sub + " by system:login-gov");
        assertThat(probe.emailsAbout(person.number)).extracting(OutboxEmail::kind)
                .containsExactly(EmailKind.LOGIN_GOV_LINK_ENDED);
        assertThat(signIn.signIn(signInOf(person), TestNumbers.nextClientAddress())).as("the deleted identity")
                .isEqualTo(new SignInResult.Refused(SignInRefusal.IDENTITY_UNLINKED));
        LoginGovClaims newAccount = new LoginGovClaims(UUID.randomUUID().toString(), List.of(person.email), "1", "2");
        assertThat(signIn.signIn(newAccount, TestNumbers.nextClientAddress())).as("a new one with the email on file")
                .isInstanceOfSatisfying(SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.newlyLinked()).isTrue());
    }

    @Test
    void aDisabledLoginGovAccountEndsTheSessionsAndSignsInNoMoreUntilItIsEnabledAgain() throws Exception {
        Linked person = linkedExaminer();
        NationalRegistryNumber number = NationalRegistryNumber.of(person.number);
        assertThat(standing.rolesNow(number)).isPresent();

        String disabled = accepted(PUSH.claims(RISC + "account-disabled", PUSH.identity(person.sub)).claim("events",
                Map.of(RISC + "account-disabled", Map.of("subject", PUSH.identity(person.sub),
                        "reason", "account-suspension"))).build());

        assertThat(awaitAudit(person, AuditAction.LOGIN_GOV_DISABLED, disabled).detail())
                .contains("account-suspension");
        assertThat(standing.rolesNow(number)).as("the session ends at its next request").isEmpty();
        assertThat(asAdministrator.call(() -> administration.account(number)).link().disabledByLoginGov())
                .as("the console says so").isTrue();
        assertThat(signIn.signIn(signInOf(person), TestNumbers.nextClientAddress()))
                .isEqualTo(new SignInResult.Refused(SignInRefusal.LOGIN_GOV_DISABLED));

        String enabled = accepted(PUSH.claims(RISC + "account-enabled", PUSH.identity(person.sub)).build());

        awaitAudit(person, AuditAction.LOGIN_GOV_ENABLED, enabled);
        assertThat(standing.rolesNow(number)).isPresent();
        assertThat(signIn.signIn(signInOf(person), TestNumbers.nextClientAddress()))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void eventsAboutTheLoginGovAccountsSecuritySendANoticeToTheEmailOnFile() {
        Linked person = linkedExaminer();
        List<String> notices = List.of(LOGIN_GOV + "mfa-limit-account-locked", RISC + "recovery-activated",
                RISC + "recovery-information-changed", LOGIN_GOV + "password-reset");

        List<String> jtis = notices.stream().map(type -> accepted(PUSH.claims(type, PUSH.identity(person.sub)).build()))
                .toList();

        jtis.forEach(jti -> awaitAudit(person, AuditAction.LOGIN_GOV_SECURITY_NOTICE, jti));
        assertThat(probe.emailsAbout(person.number)).extracting(OutboxEmail::kind).hasSize(4)
                .containsOnly(EmailKind.SECURITY_NOTICE);
        assertThat(probe.emailsAbout(person.number)).extracting(email -> email.content().textBody())
                .anySatisfy(text -> assertThat(text).contains("password of your login.gov account was reset"));
    }

    @Test
    void aCompletedReproofIsRecordedOnTheIdentity() throws Exception {
        Linked person = linkedExaminer();

        awaitAudit(person, AuditAction.LOGIN_GOV_REPROOFED,
                accepted(PUSH.claims(LOGIN_GOV + "reproof-completed", PUSH.identity(person.sub)).build()));

        assertThat(probe.reproofedAt(person.number)).isPresent();
        assertThat(asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(person.number)))
                .link().reproofedAt()).isNotNull();
    }

    @Test
    void anEmailThatChangedHandsAtLoginGovPutsTheEmailOnFileInDoubt() throws Exception {
        Linked person = linkedExaminer();
        String untouched = TestNumbers.next("91");
        probe.createAccount(AccountType.MEDICAL_EXAMINER, untouched, TestNumbers.email("untouched", untouched),
                null, "MD-" + untouched, State.VA);

        awaitAudit(person, AuditAction.EMAIL_ON_FILE_IN_DOUBT, accepted(PUSH.claims(RISC + "identifier-recycled",
                SecurityEventPusher.email(person.email.toUpperCase(Locale.ROOT))).build()));

        assertThat(probe.account(person.number).orElseThrow().emailInDoubtSince()).isPresent();
        assertThat(asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(person.number)))
                .emailInDoubtSince()).isNotNull();
        assertThat(probe.account(untouched).orElseThrow().emailInDoubtSince()).isEmpty();

        // Whoever holds the address at login.gov now learns nothing and links nothing by it.
        awaitAudit(person, AuditAction.LOGIN_GOV_LINK_ENDED,
                accepted(PUSH.claims(RISC + "account-purged", PUSH.identity(person.sub)).build()));
        assertThat(probe.emailsAbout(person.number)).as("how to link a new one: not to that address").isEmpty();
        LoginGovClaims newHolder = new LoginGovClaims(UUID.randomUUID().toString(), List.of(person.email), "1", "2");
        assertThat(signIn.signIn(newHolder, TestNumbers.nextClientAddress()))
                .isEqualTo(new SignInResult.Refused(SignInRefusal.EMAIL_IN_DOUBT));
    }

    @Test
    void anUnknownEventTypeOrAnEventAboutNobodyIsAcknowledgedAndAuditedOnly() {
        Linked person = linkedExaminer();
        String unknown = accepted(PUSH.claims(RISC + "sessions-revoked", PUSH.identity(person.sub)).build());
        String nobody = accepted(PUSH.claims(RISC + "account-purged", PUSH.identity(UUID.randomUUID().toString()))
                .build());

        assertThat(awaitAudit(person, AuditAction.SECURITY_EVENT_IGNORED, unknown).detail())
                .contains("sessions-revoked");
        assertThat(Await.until(() -> probe.auditMentioning(nobody), events -> !events.isEmpty()))
                .singleElement().satisfies(event -> {
                    assertThat(event.action()).isEqualTo(AuditAction.SECURITY_EVENT_IGNORED);
                    assertThat(event.detail()).contains("no account is linked");
                });
    }

    @Test
    void anEventPushedTwiceOrTwiceAtOnceIsActedOnOnce() {
        Linked person = linkedExaminer();
        String token = signed(PUSH.claims(LOGIN_GOV + "password-reset", PUSH.identity(person.sub)).build());

        List<CompletableFuture<HttpResponse<String>>> atOnce = List.of(
                CompletableFuture.supplyAsync(() -> PUSH.push(token)),
                CompletableFuture.supplyAsync(() -> PUSH.push(token)));
        assertThat(atOnce).extracting(answer -> answer.join().statusCode()).containsExactly(202, 202);
        assertThat(PUSH.push(token).statusCode()).as("again later").isEqualTo(202);

        Await.until(() -> probe.emailsAbout(person.number), emails -> !emails.isEmpty());
        Await.pause(Duration.ofSeconds(2));
        assertThat(probe.emailsAbout(person.number)).hasSize(1);
    }

    @Test
    void aRefusedTokenIsAnsweredWithItsErrorCodeAndNothingIsStored() {
        Linked person = linkedExaminer();
        JWTClaimsSet foreign = PUSH.claims(RISC + "account-purged", PUSH.identity(person.sub)).issuer("https://evil.example/")
                .build();

        HttpResponse<String> wrongIssuer = PUSH.push(signed(foreign));
        String good = signed(PUSH.claims(RISC + "account-purged", PUSH.identity(person.sub)).build());
        HttpResponse<String> wrongType = PUSH.push(good, "application/json");
        HttpResponse<String> garbage = PUSH.push("not a token");

        assertThat(wrongIssuer.statusCode()).isEqualTo(400);
        assertThat(wrongIssuer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(wrongIssuer.body()).contains("\"err\":\"invalid_issuer\"");
        assertThat(wrongType.body()).contains("\"err\":\"invalid_request\"");
        assertThat(garbage.body()).contains("\"err\":\"invalid_request\"").doesNotContain("Exception");
        Await.pause(Duration.ofSeconds(2));
        assertThat(probe.storedSecurityEvents(foreign.getJWTID())).isZero();
        assertThat(probe.auditMentioning(foreign.getJWTID())).isEmpty();
        assertThat(probe.account(person.number).orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
    }

    /** A migrated examiner, linked to a login.gov identity of their own. */
    private Linked linkedExaminer() {
        String number = TestNumbers.next("91");
        String email = TestNumbers.email("linked", number);
        String sub = UUID.randomUUID().toString();
        probe.createAccount(AccountType.MEDICAL_EXAMINER, number, email, null, "MD-" + number, State.VA);
        probe.setStatus(number, AccountStatus.LINKED);
        probe.link(sub, number);
        return new Linked(number, email, sub);
    }

    /** What login.gov says when the person signs in. */
    private static LoginGovClaims signInOf(Linked person) {
        return new LoginGovClaims(person.sub, List.of(person.email), "1", "2");
    }

    /** Pushes the event {@code claims} and checks it was accepted: its jti. */
    private static String accepted(JWTClaimsSet claims) {
        HttpResponse<String> answer = PUSH.push(signed(claims));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(answer.body()).isEmpty();
        return claims.getJWTID();
    }

    private AuditEvent awaitAudit(Linked person, AuditAction action, String jti) {
        return Await.until(() -> probe.auditOf(person.number), events -> events.stream()
                        .anyMatch(event -> event.action() == action && event.detail().contains(jti)))
                .stream().filter(event -> event.action() == action && event.detail().contains(jti))
                .findFirst().orElseThrow();
    }

    private record Linked(String number, String email, String sub) {
    }
}
