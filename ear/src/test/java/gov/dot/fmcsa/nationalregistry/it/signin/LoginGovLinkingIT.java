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
 * Numbers come from TestNumbers with prefix 88; the first administrator is the one arquillian.xml names.
 */
@ExtendWith(ArquillianExtension.class)
class LoginGovLinkingIT {

    /** JUnit makes an instance per test: each test signs in from an address of its own. */
    private final String client = TestNumbers.nextClientAddress();

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
        return RegistryDeployment.withTests(LoginGovLinkingIT.class, AsAdministrator.class, Callers.class);
    }

    @Test
    void theOneMigratedAccountWithTheVerifiedEmailIsLinkedAndSignedIn() {
        String number = TestNumbers.next("88");
        // On file in another case than login.gov gives it
        String onFile = TestNumbers.email("Linked", number);
        migratedExaminer(number, onFile, null);
        String subject = newSubject();

        SignInResult result = signIn.signIn(claims(subject, onFile.toLowerCase()), client);

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.newlyLinked()).isTrue();
            assertThat(signedIn.account().number().value()).isEqualTo(number);
            assertThat(signedIn.account().roles()).containsExactly("EXAMINER");
        });
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
        assertThat(probe.subjectLinkedTo(number)).contains(subject);
        assertThat(probe.auditOf(number)).extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.LOGIN_GOV_LINKED, AuditAction.LOGIN_GOV_SIGNED_IN);
        assertThat(probe.auditOf(number)).filteredOn(e -> e.action().equals(AuditAction.LOGIN_GOV_LINKED))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains(subject).contains("ial 1"));
    }

    @Test
    void aSecondaryEmailAmongAllEmailsLinksToo() {
        String number = TestNumbers.next("88");
        String secondary = TestNumbers.email("Secondary", number);
        migratedExaminer(number, TestNumbers.email("primary", number), secondary);
        String subject = newSubject();

        SignInResult result = signIn.signIn(new LoginGovClaims(subject,
                List.of(TestNumbers.email("new", number), secondary.toUpperCase()), "1", "2"), client);

        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(probe.subjectLinkedTo(number)).contains(subject);
    }

    @Test
    void laterSignInsGoBySubjectSoAnEmailChangedAtLoginGovLosesNothing() {
        String number = TestNumbers.next("88");
        String before = TestNumbers.email("before", number);
        migratedExaminer(number, before, null);
        String subject = newSubject();
        signIn.signIn(claims(subject, before), client);

        SignInResult later = signIn.signIn(claims(subject, TestNumbers.email("after", number)), client);

        assertThat(later).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.newlyLinked()).isFalse();
            assertThat(signedIn.account().number().value()).isEqualTo(number);
        });
        assertThat(probe.linkedAccountsOf(subject)).containsExactly(number);
    }

    @Test
    void noAccountWithTheEmailIsRefusedAndAudited() {
        String nobody = TestNumbers.next("88");
        String subject = newSubject();

        assertRefused(signIn.signIn(claims(subject, TestNumbers.email("nobody", nobody)), client),
                SignInRefusal.NO_MATCHING_ACCOUNT);

        assertThat(probe.linkedAccountsOf(subject)).isEmpty();
        assertThat(probe.auditMentioning(subject)).extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(tuple(AuditAction.LOGIN_GOV_SIGN_IN_REFUSED, Actor.ANONYMOUS));
    }

    @Test
    void anAccountNotTransferredYetOrWithAnEmailToReplaceIsNotLinked() {
        String legacy = TestNumbers.next("88");
        String legacyEmail = TestNumbers.email("legacy", legacy);
        probe.createAccount(MEDICAL_EXAMINER, legacy, legacyEmail, null, "MD-" + legacy, State.VA);
        String duplicate = TestNumbers.next("88");
        String sharedEmail = TestNumbers.email("shared", duplicate);
        probe.createAccount(MEDICAL_EXAMINER, duplicate, sharedEmail, null, "MD-" + duplicate, State.VA);
        probe.setStatus(duplicate, AccountStatus.EMAIL_DUPLICATE);

        assertRefused(signIn.signIn(claims(newSubject(), legacyEmail), client), SignInRefusal.NOT_TRANSFERRED);
        assertRefused(signIn.signIn(claims(newSubject(), sharedEmail), client), SignInRefusal.EMAIL_NOT_UNIQUE);

        assertThat(probe.account(legacy).orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.account(duplicate).orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(probe.auditOf(legacy)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.LOGIN_GOV_SIGN_IN_REFUSED);
    }

    @Test
    void twoMigratedAccountsWithTheEmailsAreNeitherLinked() {
        String office = TestNumbers.next("88");
        String officeEmail = TestNumbers.email("office", office);
        migratedExaminer(office, officeEmail, null);
        String own = TestNumbers.next("88");
        String ownEmail = TestNumbers.email("own", own);
        migratedExaminer(own, ownEmail, null);
        String subject = newSubject();

        assertRefused(signIn.signIn(new LoginGovClaims(subject, List.of(officeEmail, ownEmail), "1", "2"), client),
                SignInRefusal.SEVERAL_MATCHING_ACCOUNTS);

        assertThat(probe.linkedAccountsOf(subject)).isEmpty();
    }

    @Test
    void anAccountLinkedToAnotherIdentityIsNotLinkedAgain() {
        String number = TestNumbers.next("88");
        String email = TestNumbers.email("taken", number);
        migratedExaminer(number, email, null);
        String first = newSubject();
        signIn.signIn(claims(first, email), client);
        String second = newSubject();

        assertRefused(signIn.signIn(claims(second, email), client), SignInRefusal.LINKED_TO_ANOTHER_IDENTITY);

        assertThat(probe.subjectLinkedTo(number)).contains(first);
        assertThat(probe.linkedAccountsOf(second)).isEmpty();
    }

    @Test
    void anIdentityAnAdministratorUnlinkedIsNotLinkedAgainButAnotherLoginGovAccountIs() throws Exception {
        String number = TestNumbers.next("88");
        String email = TestNumbers.email("unlinked", number);
        migratedExaminer(number, email, null);
        String lost = newSubject();
        signIn.signIn(claims(lost, email), client);
        long version = asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(number))).version();
        asAdministrator.run(() -> {
            administration.unlink(NationalRegistryNumber.of(number), version,
                    Reason.of("Help desk: login.gov account lost"));
        });

        assertRefused(signIn.signIn(claims(lost, email), client), SignInRefusal.IDENTITY_UNLINKED);
        assertThat(probe.subjectLinkedTo(number)).isEmpty();
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);

        String another = newSubject();
        assertThat(signIn.signIn(claims(another, email), client)).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(probe.subjectLinkedTo(number)).contains(another);
    }

    @Test
    void aLockedAccountIsNeitherLinkedNorSignedIn() {
        String neverLinked = TestNumbers.next("88");
        String neverLinkedEmail = TestNumbers.email("locked", neverLinked);
        migratedExaminer(neverLinked, neverLinkedEmail, null);
        probe.lock(neverLinked);
        String alreadyLinked = TestNumbers.next("88");
        String alreadyLinkedEmail = TestNumbers.email("locked", alreadyLinked);
        migratedExaminer(alreadyLinked, alreadyLinkedEmail, null);
        String linked = newSubject();
        signIn.signIn(claims(linked, alreadyLinkedEmail), client);
        probe.lock(alreadyLinked);

        assertRefused(signIn.signIn(claims(newSubject(), neverLinkedEmail), client), SignInRefusal.ACCOUNT_LOCKED);
        assertRefused(signIn.signIn(claims(linked, alreadyLinkedEmail), client), SignInRefusal.ACCOUNT_LOCKED);

        assertThat(probe.account(neverLinked).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(probe.subjectLinkedTo(neverLinked)).isEmpty();
    }

    @Test
    void anAssistantGetsTheAssistantRole() {
        String number = TestNumbers.next("88");
        String email = TestNumbers.email("assistant", number);
        probe.createAccount(ADMINISTRATIVE_ASSISTANT, number, email, null, null, null);
        probe.setStatus(number, AccountStatus.MIGRATED);

        assertThat(signIn.signIn(claims(newSubject(), email), client))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.account().roles()).containsExactly("ASSISTANT"));
    }

    @Test
    void theConfiguredFirstAdministratorIsLinkedWithoutATransferAndOtherStaffAreNot() {
        // RoleAccessIT signs in as the first administrator too: whichever class runs second takes it over
        String firstEmail = TestNumbers.email("first.admin", TestNumbers.FIRST_ADMINISTRATOR);
        probe.resetAccount(ADMINISTRATOR, TestNumbers.FIRST_ADMINISTRATOR, firstEmail, AccountStatus.LEGACY);
        String other = TestNumbers.next("88");
        String otherEmail = TestNumbers.email("other.admin", other);
        probe.createAccount(ADMINISTRATOR, other, otherEmail, null, null, null);

        assertThat(signIn.signIn(claims(newSubject(), firstEmail), client))
                .isInstanceOfSatisfying(SignInResult.SignedIn.class,
                        signedIn -> assertThat(signedIn.account().roles()).containsExactly("ADMINISTRATOR"));
        assertRefused(signIn.signIn(claims(newSubject(), otherEmail), client), SignInRefusal.NOT_TRANSFERRED);
        assertThat(probe.account(TestNumbers.FIRST_ADMINISTRATOR).orElseThrow().status())
                .isEqualTo(AccountStatus.LINKED);
    }

    @Test
    void simultaneousFirstSignInsOfOneIdentityEndInOneLinkAndBothSignIn() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = TestNumbers.next("88");
            String email = TestNumbers.email("race", number);
            migratedExaminer(number, email, null);
            String subject = newSubject();

            List<SignInResult> results = simultaneously(
                    () -> signIn.signIn(claims(subject, email), client),
                    () -> signIn.signIn(claims(subject, email), client));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SignInResult.SignedIn.class));
            assertThat(probe.linkedAccountsOf(subject)).containsExactly(number);
        }
    }

    @Test
    void simultaneousFirstSignInsOfTwoIdentitiesForOneAccountLinkOnlyOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = TestNumbers.next("88");
            String email = TestNumbers.email("race", number);
            migratedExaminer(number, email, null);
            String first = newSubject();
            String second = newSubject();

            List<SignInResult> results = simultaneously(
                    () -> signIn.signIn(claims(first, email), client),
                    () -> signIn.signIn(claims(second, email), client));

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
