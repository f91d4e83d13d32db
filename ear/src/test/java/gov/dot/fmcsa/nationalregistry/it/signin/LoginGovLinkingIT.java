package gov.dot.fmcsa.nationalregistry.it.signin;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.ADMINISTRATIVE_ASSISTANT;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.ADMINISTRATOR;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInRefusal;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInResult;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every branch of linking a login.gov identity to a registry account (docs/product.md flow 6), in the real
 * EAR on the real database, as the callback calls it once login.gov's tokens have been checked.
 * Numbers 88xxxxxxxx; arquillian.xml names 8899999999 the first administrator.
 */
@ExtendWith(ArquillianExtension.class)
class LoginGovLinkingIT {

    private static final String CLIENT = "10.88.0.1";

    @Inject
    private LoginGovSignIn signIn;

    @Inject
    private RegistryProbe probe;

    @Inject
    private AccountAdministration administration;

    @Inject
    private AsAdministrator asAdministrator;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(LoginGovLinkingIT.class, AsAdministrator.class, Callers.class,
                TestNumbers.class);
    }

    @Test
    void theOneMigratedAccountWithTheVerifiedEmailIsLinkedAndSignedIn() {
        migratedExaminer("8800000001", "Linked.8801@Example.com", null);
        String subject = newSubject();

        SignInResult result = signIn.signIn(claims(subject, "linked.8801@example.com"), CLIENT);

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.newlyLinked()).isTrue();
            assertThat(signedIn.account().number().value()).isEqualTo("8800000001");
            assertThat(signedIn.account().roles()).containsExactly("EXAMINER");
        });
        assertThat(probe.account("8800000001").orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
        assertThat(probe.subjectLinkedTo("8800000001")).contains(subject);
        assertThat(probe.auditOf("8800000001")).extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.LOGIN_GOV_LINKED, AuditAction.LOGIN_GOV_SIGNED_IN);
        assertThat(probe.auditOf("8800000001")).filteredOn(e -> e.action().equals(AuditAction.LOGIN_GOV_LINKED))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains(subject).contains("ial 1"));
    }

    @Test
    void aSecondaryEmailAmongAllEmailsLinksToo() {
        migratedExaminer("8800000002", "primary.8802@example.org", "Secondary.8802@example.org");
        String subject = newSubject();

        SignInResult result = signIn.signIn(new LoginGovClaims(subject,
                List.of("new.8802@example.net", "secondary.8802@EXAMPLE.org"), "1", "2"), CLIENT);

        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(probe.subjectLinkedTo("8800000002")).contains(subject);
    }

    @Test
    void laterSignInsGoBySubjectSoAnEmailChangedAtLoginGovLosesNothing() {
        migratedExaminer("8800000003", "before.8803@example.com", null);
        String subject = newSubject();
        signIn.signIn(claims(subject, "before.8803@example.com"), CLIENT);

        SignInResult later = signIn.signIn(claims(subject, "after.8803@example.com"), CLIENT);

        assertThat(later).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.newlyLinked()).isFalse();
            assertThat(signedIn.account().number().value()).isEqualTo("8800000003");
        });
        assertThat(probe.linkedAccountsOf(subject)).containsExactly("8800000003");
    }

    @Test
    void noAccountWithTheEmailIsRefusedAndAudited() {
        String subject = newSubject();

        assertRefused(signIn.signIn(claims(subject, "nobody.8804@example.com"), CLIENT),
                SignInRefusal.NO_MATCHING_ACCOUNT);

        assertThat(probe.linkedAccountsOf(subject)).isEmpty();
        assertThat(probe.auditMentioning(subject)).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple(AuditAction.LOGIN_GOV_SIGN_IN_REFUSED, Actor.ANONYMOUS));
    }

    @Test
    void anAccountNotTransferredYetOrWithAnEmailToReplaceIsNotLinked() {
        probe.createAccount(MEDICAL_EXAMINER, "8800000005", "legacy.8805@example.com", null, "MD-8805", State.VA);
        probe.createAccount(MEDICAL_EXAMINER, "8800000006", "shared.8806@example.com", null, "MD-8806", State.VA);
        probe.setStatus("8800000006", AccountStatus.EMAIL_DUPLICATE);

        assertRefused(signIn.signIn(claims(newSubject(), "legacy.8805@example.com"), CLIENT),
                SignInRefusal.NOT_TRANSFERRED);
        assertRefused(signIn.signIn(claims(newSubject(), "shared.8806@example.com"), CLIENT),
                SignInRefusal.EMAIL_NOT_UNIQUE);

        assertThat(probe.account("8800000005").orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.account("8800000006").orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(probe.auditOf("8800000005")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.LOGIN_GOV_SIGN_IN_REFUSED);
    }

    @Test
    void twoMigratedAccountsWithTheEmailsAreNeitherLinked() {
        migratedExaminer("8800000007", "office.8807@example.com", null);
        migratedExaminer("8800000008", "own.8808@example.com", null);
        String subject = newSubject();

        assertRefused(signIn.signIn(new LoginGovClaims(subject,
                List.of("office.8807@example.com", "own.8808@example.com"), "1", "2"), CLIENT),
                SignInRefusal.SEVERAL_MATCHING_ACCOUNTS);

        assertThat(probe.linkedAccountsOf(subject)).isEmpty();
    }

    @Test
    void anAccountLinkedToAnotherIdentityIsNotLinkedAgain() {
        migratedExaminer("8800000009", "taken.8809@example.com", null);
        String first = newSubject();
        signIn.signIn(claims(first, "taken.8809@example.com"), CLIENT);
        String second = newSubject();

        assertRefused(signIn.signIn(claims(second, "taken.8809@example.com"), CLIENT),
                SignInRefusal.LINKED_TO_ANOTHER_IDENTITY);

        assertThat(probe.subjectLinkedTo("8800000009")).contains(first);
        assertThat(probe.linkedAccountsOf(second)).isEmpty();
    }

    @Test
    void anIdentityAnAdministratorUnlinkedIsNotLinkedAgainButAnotherLoginGovAccountIs() throws Exception {
        String number = TestNumbers.next("88");
        String email = "unlinked." + number + "@example.com";
        migratedExaminer(number, email, null);
        String lost = newSubject();
        signIn.signIn(claims(lost, email), CLIENT);
        long version = asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(number))).version();
        asAdministrator.run(() -> {
            administration.unlink(NationalRegistryNumber.of(number), version,
                    Reason.of("Help desk: login.gov account lost"));
        });

        assertRefused(signIn.signIn(claims(lost, email), CLIENT), SignInRefusal.IDENTITY_UNLINKED);
        assertThat(probe.subjectLinkedTo(number)).isEmpty();
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);

        String another = newSubject();
        assertThat(signIn.signIn(claims(another, email), CLIENT)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(probe.subjectLinkedTo(number)).contains(another);
    }

    @Test
    void aLockedAccountIsNeitherLinkedNorSignedIn() {
        migratedExaminer("8800000010", "locked.8810@example.com", null);
        probe.lock("8800000010");
        migratedExaminer("8800000011", "locked.8811@example.com", null);
        String linked = newSubject();
        signIn.signIn(claims(linked, "locked.8811@example.com"), CLIENT);
        probe.lock("8800000011");

        assertRefused(signIn.signIn(claims(newSubject(), "locked.8810@example.com"), CLIENT),
                SignInRefusal.ACCOUNT_LOCKED);
        assertRefused(signIn.signIn(claims(linked, "locked.8811@example.com"), CLIENT), SignInRefusal.ACCOUNT_LOCKED);

        assertThat(probe.account("8800000010").orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(probe.subjectLinkedTo("8800000010")).isEmpty();
    }

    @Test
    void anAssistantGetsTheAssistantRole() {
        probe.createAccount(ADMINISTRATIVE_ASSISTANT, "8800000012", "assistant.8812@example.com", null, null, null);
        probe.setStatus("8800000012", AccountStatus.MIGRATED);

        assertThat(signIn.signIn(claims(newSubject(), "assistant.8812@example.com"), CLIENT))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.account().roles()).containsExactly("ASSISTANT"));
    }

    @Test
    void theConfiguredFirstAdministratorIsLinkedWithoutATransferAndOtherStaffAreNot() {
        // RoleAccessIT signs in as the first administrator too: whichever class runs second takes it over
        probe.resetAccount(ADMINISTRATOR, "8899999999", "first.admin.8899@example.com", AccountStatus.LEGACY);
        probe.createAccount(ADMINISTRATOR, "8800000013", "other.admin.8813@example.com", null, null, null);

        assertThat(signIn.signIn(claims(newSubject(), "first.admin.8899@example.com"), CLIENT))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.account().roles()).containsExactly("ADMINISTRATOR"));
        assertRefused(signIn.signIn(claims(newSubject(), "other.admin.8813@example.com"), CLIENT),
                SignInRefusal.NOT_TRANSFERRED);
        assertThat(probe.account("8899999999").orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
    }

    @Test
    void simultaneousFirstSignInsOfOneIdentityEndInOneLinkAndBothSignIn() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = "88000002" + round + "0";
            migratedExaminer(number, "race." + number + "@example.com", null);
            String subject = newSubject();

            List<SignInResult> results = simultaneously(
                    () -> signIn.signIn(claims(subject, "race." + number + "@example.com"), CLIENT),
                    () -> signIn.signIn(claims(subject, "race." + number + "@example.com"), CLIENT));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SignInResult.SignedIn.class));
            assertThat(probe.linkedAccountsOf(subject)).containsExactly(number);
        }
    }

    @Test
    void simultaneousFirstSignInsOfTwoIdentitiesForOneAccountLinkOnlyOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = "88000003" + round + "0";
            migratedExaminer(number, "race." + number + "@example.com", null);
            String first = newSubject();
            String second = newSubject();

            List<SignInResult> results = simultaneously(
                    () -> signIn.signIn(claims(first, "race." + number + "@example.com"), CLIENT),
                    () -> signIn.signIn(claims(second, "race." + number + "@example.com"), CLIENT));

            assertThat(results).filteredOn(SignInResult.SignedIn.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SignInResult.Refused.class::isInstance).singleElement()
                    .satisfies(refused -> assertRefused(refused, SignInRefusal.LINKED_TO_ANOTHER_IDENTITY));
            assertThat(probe.subjectLinkedTo(number))
                    .hasValueSatisfying(linked -> assertThat(linked).isIn(first, second));
        }
    }

    private void migratedExaminer(String number, String primary, String secondary) {
        probe.createAccount(MEDICAL_EXAMINER, number, primary, secondary, "MD-" + number, State.VA);
        probe.setStatus(number, AccountStatus.MIGRATED);
    }

    private static LoginGovClaims claims(String subject, String email) {
        return new LoginGovClaims(subject, List.of(email), "1", "2");
    }

    private static String newSubject() {
        return UUID.randomUUID().toString();
    }

    private static void assertRefused(SignInResult result, SignInRefusal reason) {
        assertThat(result).isInstanceOfSatisfying(SignInResult.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    /** Runs both calls at the same moment, as two callbacks arriving together would. */
    private static List<SignInResult> simultaneously(Callable<SignInResult> one, Callable<SignInResult> other)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SignInResult>> futures = Stream.of(one, other)
                    .map(call -> threads.submit(() -> {
                        start.await();
                        return call.call();
                    })).toList();
            start.countDown();
            List<SignInResult> results = new ArrayList<>();
            for (Future<SignInResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
