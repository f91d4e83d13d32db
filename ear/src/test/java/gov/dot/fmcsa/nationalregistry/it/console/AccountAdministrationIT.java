package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountActionRefusedException;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSortOrder;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.NoSuchAccountException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.AsDesignatedAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsExaminer;
import gov.dot.fmcsa.nationalregistry.it.support.AsThirdParty;
import gov.dot.fmcsa.nationalregistry.it.support.CallerWork;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.ServiceRoleTable;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management console's actions on one account (docs/product.md "Management console"), called in-container
 * as the administrator {@link Callers#ADMINISTRATOR}: what each does, that it is audited with its
 * reason and its email queued once, and every refusal (status, stale version, a second submission,
 * a taken email, an unknown number, one's own account), each of which changes nothing. Numbers 40xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final Reason REASON = Reason.of("ticket 4711: the examiner asked by phone");

    @Inject
    private RegistryProbe probe;

    @Inject
    private AccountAdministration administration;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsExaminer asExaminer;

    @Inject
    private AsDesignatedAssistant asAssistant;

    @Inject
    private AsThirdParty asThirdParty;

    @Inject
    private AccountSearch search;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountAdministrationIT.class, Callers.class, AsAdministrator.class,
                AsExaminer.class, AsDesignatedAssistant.class, AsThirdParty.class,
                ServiceRoleTable.class);
    }

    @Test
    void theAccountPageHoldsEverythingAboutAnAccountAndItsAuditTrailNewestFirst() throws Exception {
        String examiner = account(AccountType.MEDICAL_EXAMINER, AccountStatus.LINKED);
        String assistant = account(AccountType.ADMINISTRATIVE_ASSISTANT, AccountStatus.LEGACY);
        String thirdParty = account(AccountType.THIRD_PARTY, AccountStatus.LEGACY);
        probe.link("subject-" + examiner, examiner);
        probe.designate(assistant, examiner);
        probe.associate(thirdParty, examiner, "TP-" + thirdParty);
        lock(examiner, "first");
        unlock(examiner, "second");

        AccountRecord record = read(examiner);

        assertThat(record.type()).isEqualTo(AccountType.MEDICAL_EXAMINER);
        assertThat(record.status()).isEqualTo(AccountStatus.LINKED);
        assertThat(record.primaryEmail().address()).isEqualTo(emailOf(examiner));
        assertThat(record.licenses()).singleElement().satisfies(license -> {
            assertThat(license.number()).isEqualTo("L-" + examiner);
            assertThat(license.state()).isEqualTo("Virginia");
        });
        assertThat(record.link().subject()).isEqualTo("subject-" + examiner);
        assertThat(record.link().authenticatorAssurance()).isEqualTo("2");
        assertThat(record.associatedOrganizations()).extracting(AccountRecord.Organization::code)
                .containsExactly("TP-" + thirdParty);
        assertThat(record.designatedAssistants()).extracting(AccountRecord.Person::number)
                .containsExactly(NationalRegistryNumber.of(assistant));
        assertThat(record.auditTrail()).extracting(AccountRecord.AuditEntry::action)
                .startsWith(AuditAction.ACCOUNT_UNLOCKED, AuditAction.ACCOUNT_LOCKED);
        assertThat(record.auditCount()).isEqualTo(probe.auditOf(examiner).size());

        assertThat(read(assistant).designatingExaminers()).extracting(AccountRecord.Person::number)
                .containsExactly(NationalRegistryNumber.of(examiner));
        assertThat(read(thirdParty).organization().code()).isEqualTo("TP-" + thirdParty);
    }

    @Test
    void anUnknownNumberIsNoAccountForReadingNorForAnyAction() {
        NationalRegistryNumber unknown = NationalRegistryNumber.of(TestNumbers.next("40"));

        assertThatThrownBy(() -> asAdministrator.call(() -> administration.account(unknown)))
                .isInstanceOf(NoSuchAccountException.class);
        assertThatThrownBy(() -> act(administration::lock, unknown.value(), 0, REASON))
                .isInstanceOf(NoSuchAccountException.class);
    }

    @Test
    void aLockIsAuditedWithItsReasonAndASecondLockIsRefusedAsAlreadyDone() throws Exception {
        String number = account(AccountType.MEDICAL_EXAMINER, AccountStatus.LINKED);
        long version = read(number).version();

        lockAt(number, version);

        assertThat(probe.account(number).orElseThrow().locked()).isTrue();
        AuditEvent locked = lastEventOf(number);
        assertThat(locked.action()).isEqualTo(AuditAction.ACCOUNT_LOCKED);
        assertThat(locked.actor().name()).isEqualTo(Callers.ADMINISTRATOR);
        assertThat(locked.detail()).endsWith("reason: " + REASON.text());
        assertRefused(() -> lockAt(number, version), "This account is already locked.");
        assertThat(probe.auditOf(number)).filteredOn(event -> event.action().equals(AuditAction.ACCOUNT_LOCKED))
                .hasSize(1);
    }

    @Test
    void anUnlockBasedOnAnOlderVersionChangesNothing() throws Exception {
        String number = account(AccountType.THIRD_PARTY, AccountStatus.MIGRATED);
        long before = read(number).version();
        lock(number, "locked by one administrator");

        assertThatThrownBy(() -> act(administration::unlock, number, before, REASON))
                .isInstanceOf(ChangedMeanwhileException.class);

        assertThat(probe.account(number).orElseThrow().locked()).isTrue();
        unlock(number, "unlocked from a fresh page");
        assertThat(probe.account(number).orElseThrow().locked()).isFalse();
        assertRefused(() -> act(administration::unlock, number, read(number).version(), REASON),
                "This account is not locked.");
    }

    @Test
    void emailAIsSentAgainToAMigratedAccountOnceForOneSubmission() throws Exception {
        String number = account(AccountType.MEDICAL_EXAMINER, AccountStatus.MIGRATED);
        long version = read(number).version();

        resendAt(number, version);
        assertThatThrownBy(() -> resendAt(number, version)).as("the same page sent twice")
                .isInstanceOf(ChangedMeanwhileException.class);

        assertThat(emailsOf(number, EmailKind.TRANSFER_MIGRATED)).singleElement()
                .satisfies(email -> assertThat(email.recipient().address()).isEqualTo(emailOf(number)));
        assertThat(lastEventOf(number).detail()).isEqualTo("email (a) migrated; reason: " + REASON.text());
        assertThat(probe.auditOf(number)).filteredOn(event -> event.action().equals(AuditAction.ACCOUNT_EMAIL_RESENT))
                .hasSize(1);
    }

    @Test
    void emailBIsSentAgainWithANewLinkToAnAccountWhoseEmailIsShared() throws Exception {
        String number = account(AccountType.MEDICAL_EXAMINER, AccountStatus.EMAIL_DUPLICATE);

        resendAt(number, read(number).version());

        assertThat(emailsOf(number, EmailKind.TRANSFER_EMAIL_DUPLICATE)).singleElement()
                .satisfies(email -> assertThat(email.content().textBody()).contains("/new-email.xhtml?token="));
        assertThat(lastEventOf(number).detail()).startsWith("email (b) email duplicated");
    }

    @Test
    void noEmailIsSentAgainToAnAccountThatIsLegacyOrLinked() throws Exception {
        for (AccountStatus status : List.of(AccountStatus.LEGACY, AccountStatus.LINKED)) {
            String number = account(AccountType.MEDICAL_EXAMINER, status);
            assertThatThrownBy(() -> resendAt(number, read(number).version()))
                    .isInstanceOf(AccountActionRefusedException.class).hasMessageContaining(status.name());
            assertThat(probe.emailsAbout(number)).isEmpty();
            assertThat(probe.auditOf(number)).isEmpty();
        }
    }

    @Test
    void aNewEmailForASharedOneIsOnlyConfirmedByALinkSentToIt() throws Exception {
        String number = account(AccountType.MEDICAL_EXAMINER, AccountStatus.EMAIL_DUPLICATE);
        EmailAddress fresh = EmailAddress.of("fresh." + UUID.randomUUID() + "@example.org");

        resolveAt(number, read(number).version(), fresh);

        assertThat(emailsOf(number, EmailKind.CONFIRM_NEW_EMAIL)).singleElement()
                .satisfies(email -> assertThat(email.recipient()).isEqualTo(fresh));
        RegistryAccount after = probe.account(number).orElseThrow();
        assertThat(after.primaryEmail().address()).as("until confirmed").isEqualTo(emailOf(number));
        assertThat(after.status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(lastEventOf(number).action()).isEqualTo(AuditAction.ACCOUNT_EMAIL_SET);
        assertThat(lastEventOf(number).detail()).contains(fresh.address()).contains("reason: ");
    }

    @Test
    void aNewEmailOnFileForAnotherAccountOrForAnAccountWhoseEmailIsNotSharedIsRefused() throws Exception {
        String shared = account(AccountType.MEDICAL_EXAMINER, AccountStatus.EMAIL_DUPLICATE);
        String other = account(AccountType.MEDICAL_EXAMINER, AccountStatus.LEGACY);
        String migrated = account(AccountType.MEDICAL_EXAMINER, AccountStatus.MIGRATED);

        assertThatThrownBy(() -> resolveAt(shared, read(shared).version(),
                EmailAddress.of(emailOf(other).toUpperCase())))
                .isInstanceOf(EmailAddressTakenException.class);
        assertThatThrownBy(() -> resolveAt(migrated, read(migrated).version(),
                EmailAddress.of("x." + migrated + "@example.org")))
                .isInstanceOf(AccountActionRefusedException.class);

        assertThat(probe.emailsAbout(shared)).isEmpty();
        assertThat(probe.emailsAbout(migrated)).isEmpty();
        assertThat(probe.auditOf(shared)).isEmpty();
    }

    @Test
    void unlinkingTakesTheIdentityOffAndTheAccountIsMigratedAgain() throws Exception {
        String number = account(AccountType.MEDICAL_EXAMINER, AccountStatus.LINKED);
        probe.link("subject-" + number, number);
        long version = read(number).version();

        act(administration::unlink, number, version, REASON);

        assertThat(probe.subjectLinkedTo(number)).isEmpty();
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(lastEventOf(number).detail()).contains("subject-" + number).endsWith("reason: " + REASON.text());
        assertRefused(() -> act(administration::unlink, number, version, REASON),
                "This account is not linked to login.gov.");
    }

    @Test
    void anAdministratorCannotLockNorUnlinkTheirOwnAccount() throws Exception {
        AccountStatus status = probe.account(Callers.ADMINISTRATOR).orElseThrow().status();
        long version = read(Callers.ADMINISTRATOR).version();

        assertRefused(() -> lockAt(Callers.ADMINISTRATOR, version),
                "You cannot lock your own account; another administrator can.");
        assertRefused(() -> act(administration::unlink, Callers.ADMINISTRATOR, version, REASON),
                "You cannot unlink your own account; another administrator can.");

        assertThat(probe.account(Callers.ADMINISTRATOR).orElseThrow().locked()).isFalse();
        assertThat(probe.account(Callers.ADMINISTRATOR).orElseThrow().status()).isEqualTo(status);
        assertThat(read(Callers.ADMINISTRATOR).version()).as("nothing written").isEqualTo(version);
    }

    @Test
    void aReasonIsRequiredAndKeptShort() {
        String number = account(AccountType.THIRD_PARTY, AccountStatus.LEGACY);

        assertThatThrownBy(() -> Reason.of("  ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Enter the reason for this action.");
        assertThatThrownBy(() -> Reason.of("x".repeat(501))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("500 characters");
        assertThatThrownBy(() -> act(administration::lock, number, read(number).version(), null))
                .as("no reason, no action").isInstanceOf(jakarta.ejb.EJBException.class);

        assertThat(probe.account(number).orElseThrow().locked()).isFalse();
        assertThat(probe.auditOf(number)).isEmpty();
    }

    /**
     * Every method of the console's account services × every caller: the container refuses all
     * but the administrator (anonymous included); every wrong cell is reported.
     */
    @Test
    void onlyAnAdministratorIsAnsweredByAnyMethodOfTheAccountServices() {
        NationalRegistryNumber number = NationalRegistryNumber.of(
                account(AccountType.THIRD_PARTY, AccountStatus.LEGACY));
        EmailAddress email = EmailAddress.of("nobody." + number.value() + "@example.org");
        Set<String> administrators = Set.of(Roles.ADMINISTRATOR);
        ServiceRoleTable table = new ServiceRoleTable(asExaminer, asAssistant, asThirdParty, asAdministrator)
                .row("AccountSearch.count", administrators, () -> search.count(AccountCriteria.ANY))
                .row("AccountSearch.page", administrators,
                        () -> search.page(AccountCriteria.ANY, AccountSortOrder.NAME, true, 0, 1))
                .row("AccountAdministration.account", administrators, () -> administration.account(number))
                .row("AccountAdministration.resendEmail", administrators, action(administration::resendEmail, number))
                .row("AccountAdministration.resolveDuplicateEmail", administrators, action(
                        (n, version, reason) -> administration.resolveDuplicateEmail(n, version, email, reason),
                        number))
                .row("AccountAdministration.unlink", administrators, action(administration::unlink, number))
                .row("AccountAdministration.lock", administrators, action(administration::lock, number))
                .row("AccountAdministration.unlock", administrators, action(administration::unlock, number));

        assertThat(table.wrongCells()).isEmpty();
        assertThat(probe.account(number.value()).orElseThrow().locked()).as("every version was wrong").isFalse();
    }

    /** An action on the account {@code number} with a version it never has. */
    private static CallerWork action(Action action, NationalRegistryNumber number) {
        return () -> action.on(number, -1, REASON);
    }

    /** One of {@link AccountAdministration}'s actions. */
    @FunctionalInterface
    private interface Action {
        void on(NationalRegistryNumber number, long version, Reason reason);
    }

    /** Does {@code action} as the administrator on the account {@code number} at {@code version}. */
    private void act(Action action, String number, long version, Reason reason) throws Exception {
        asAdministrator.run(() -> action.on(NationalRegistryNumber.of(number), version, reason));
    }

    private String account(AccountType type, AccountStatus status) {
        String number = TestNumbers.next("40");
        boolean examiner = type == AccountType.MEDICAL_EXAMINER;
        probe.createAccount(type, number, emailOf(number), null, examiner ? "L-" + number : null,
                examiner ? State.VA : null);
        probe.setStatus(number, status);
        return number;
    }

    private static String emailOf(String number) {
        return "console." + number + "@example.com";
    }

    private AccountRecord read(String number) throws Exception {
        return asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(number)));
    }

    private void lock(String number, String why) throws Exception {
        act(administration::lock, number, read(number).version(), Reason.of(why));
    }

    private void lockAt(String number, long version) throws Exception {
        act(administration::lock, number, version, REASON);
    }

    private void unlock(String number, String why) throws Exception {
        act(administration::unlock, number, read(number).version(), Reason.of(why));
    }

    private void resendAt(String number, long version) throws Exception {
        act(administration::resendEmail, number, version, REASON);
    }

    private void resolveAt(String number, long version, EmailAddress newEmail) throws Exception {
        act((n, v, reason) -> administration.resolveDuplicateEmail(n, v, newEmail, reason), number, version, REASON);
    }

    private List<OutboxEmail> emailsOf(String number, EmailKind kind) {
        return probe.emailsAbout(number).stream().filter(email -> email.kind() == kind).toList();
    }

    private AuditEvent lastEventOf(String number) {
        List<AuditEvent> events = probe.auditOf(number);
        return events.get(events.size() - 1);
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(AccountActionRefusedException.class).hasMessage(message);
    }
}
