package gov.dot.fmcsa.nationalregistry.it.account;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.emaillink.ConfirmationLimitException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChange;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkUnusableException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.LinkStatus;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.DeliveredMail;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The repair of a shared email through emailed links (docs/product.md flow 4b): single use, bound to their
 * purpose, expiring, refusing addresses already on file. Numbers come from TestNumbers with prefix 83.
 */
@ExtendWith(ArquillianExtension.class)
class EmailChangeIT {

    /** JUnit makes an instance per test: each test uses the links from an address of its own. */
    private final String client = TestNumbers.nextClientAddress();

    @Inject
    private TransferDesk desk;

    @Inject
    private EmailChange emailChange;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(EmailChangeIT.class, Await.class, DeliveredMail.class);
    }

    @Test
    void aNewUniqueEmailConfirmedThroughItsLinkMigratesTheAccountAndSendsEmailAToIt() {
        String number = TestNumbers.next("83");
        String setToken = duplicateAccountWithLink(number);
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USABLE);
        String mine = TestNumbers.email("Mine", number);

        emailChange.chooseNewEmail(setToken, EmailAddress.of(mine), client);

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
        OutboxEmail confirmation = emailOfKind(number, EmailKind.CONFIRM_NEW_EMAIL);
        assertThat(confirmation.recipient().address()).isEqualTo(mine);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        String confirmToken = tokenIn(confirmation);
        assertThat(emailChange.inspect(confirmToken, TokenPurpose.CONFIRM_NEW_EMAIL).pendingEmail().address())
                .isEqualTo(mine);

        emailChange.confirm(confirmToken, client);

        RegistryAccount account = probe.account(number).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(account.primaryEmail().address()).isEqualTo(mine);
        assertThat(emailOfKind(number, EmailKind.TRANSFER_MIGRATED).recipient().address()).isEqualTo(mine);
        assertThat(probe.auditOf(number)).extracting(e -> e.action())
                .contains(AuditAction.EMAIL_CHANGE_REQUESTED, AuditAction.EMAIL_LINK_USED, AuditAction.EMAIL_CONFIRMED);
        assertThatThrownBy(() -> emailChange.confirm(confirmToken, client))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
    }

    @Test
    void aLinkWorksOnce() {
        String number = TestNumbers.next("83");
        String setToken = duplicateAccountWithLink(number);
        emailChange.chooseNewEmail(setToken, EmailAddress.of(TestNumbers.email("first", number)), client);

        assertThatThrownBy(() -> emailChange.chooseNewEmail(setToken,
                EmailAddress.of(TestNumbers.email("second", number)), client))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(probe.emailsAbout(number)).filteredOn(e -> e.kind() == EmailKind.CONFIRM_NEW_EMAIL).hasSize(1);
        assertThat(probe.auditOf(number)).extracting(e -> e.action()).contains(AuditAction.EMAIL_LINK_REFUSED);
    }

    @Test
    void anAddressOnFileForAnotherAccountGetsTheSameAnswerAndIsRefusedOnlyToWhoeverConfirmsIt() {
        String number = TestNumbers.next("83");
        String setToken = duplicateAccountWithLink(number);
        String holder = TestNumbers.next("83");
        probe.createAccount(MEDICAL_EXAMINER, holder, TestNumbers.email("taken", holder), null, "MD-" + holder,
                State.IL);
        // The holder's address in another case
        String taken = TestNumbers.email("TAKEN", holder);

        emailChange.chooseNewEmail(setToken, EmailAddress.of(taken), client);

        // The same as for any address: the link is used up and the confirmation goes to the address given.
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
        OutboxEmail confirmation = emailOfKind(number, EmailKind.CONFIRM_NEW_EMAIL);
        assertThat(confirmation.recipient().address()).isEqualTo(taken);
        // Only the holder of that mailbox learns that the address is on file: the confirmation is refused.
        assertThatThrownBy(() -> emailChange.confirm(tokenIn(confirmation), client))
                .isInstanceOf(EmailAddressTakenException.class);
        assertThat(probe.account(number).orElseThrow().primaryEmail().address())
                .isEqualTo(TestNumbers.email("shared", number));
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
    }

    @Test
    void pastFiveConfirmationLinksAnHourForOneAccountNoOtherIsSent() {
        String number = TestNumbers.next("83");
        duplicateAccountWithLink(number);
        for (int i = 0; i < 5; i++) {
            emailChange.chooseNewEmail(probe.issueLink(number, TokenPurpose.SET_NEW_EMAIL),
                    EmailAddress.of(TestNumbers.email("try" + i, number)), client);
        }
        String sixth = probe.issueLink(number, TokenPurpose.SET_NEW_EMAIL);

        assertThatThrownBy(() -> emailChange.chooseNewEmail(sixth,
                EmailAddress.of(TestNumbers.email("try5", number)), client))
                .isInstanceOf(ConfirmationLimitException.class);

        assertThat(emailChange.inspect(sixth, TokenPurpose.SET_NEW_EMAIL).status()).as("the link still works")
                .isEqualTo(LinkStatus.USABLE);
        assertThat(probe.emailsAbout(number)).filteredOn(e -> e.kind() == EmailKind.CONFIRM_NEW_EMAIL).hasSize(5);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String number = TestNumbers.next("83");
        String setToken = duplicateAccountWithLink(number);
        probe.execute("UPDATE email_link_token SET expires_at = CURRENT_TIMESTAMP WHERE account_id = "
                + "(SELECT id FROM registry_account WHERE national_registry_number = '" + number + "')");

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.EXPIRED);
        assertThatThrownBy(() -> emailChange.chooseNewEmail(setToken,
                EmailAddress.of(TestNumbers.email("late", number)), client))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.EXPIRED));
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
    }

    @Test
    void aTamperedTruncatedOrOtherPurposeLinkIsUnknown() {
        String setToken = duplicateAccountWithLink(TestNumbers.next("83"));
        char last = setToken.charAt(42);
        String tampered = setToken.substring(0, 42) + (last == 'A' ? 'B' : 'A');

        assertThat(emailChange.inspect(tampered, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect(setToken.substring(0, 20), TokenPurpose.SET_NEW_EMAIL).status())
                .isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect("<script>alert(1)</script>", TokenPurpose.SET_NEW_EMAIL).status())
                .isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect(null, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.UNKNOWN);
        assertThatThrownBy(() -> emailChange.confirm(setToken, client))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.UNKNOWN));
    }

    @Test
    void aLinkForAnAccountWhoseEmailWasSettledOtherwiseIsNoLongerNeeded() {
        String number = TestNumbers.next("83");
        String setToken = duplicateAccountWithLink(number);
        probe.setStatus(number, AccountStatus.MIGRATED);

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.SETTLED);
    }

    @Test
    void aSharedSecondaryEmailIsRemovedWhenTheNewPrimaryIsConfirmed() {
        String number = TestNumbers.next("83");
        String office = TestNumbers.email("office", number);
        probe.createAccount(MEDICAL_EXAMINER, number, TestNumbers.email("own", number), office, "MD-" + number,
                State.IL);
        String colleague = TestNumbers.next("83");
        probe.createAccount(MEDICAL_EXAMINER, colleague, office, null, "MD-" + colleague, State.IL);
        submitAndAwaitDuplicate(number, "MD-" + number);
        String setToken = tokenIn(emailOfKind(number, EmailKind.TRANSFER_EMAIL_DUPLICATE));
        String fresh = TestNumbers.email("fresh", number);
        emailChange.chooseNewEmail(setToken, EmailAddress.of(fresh), client);

        emailChange.confirm(tokenIn(emailOfKind(number, EmailKind.CONFIRM_NEW_EMAIL)), client);

        RegistryAccount account = probe.account(number).orElseThrow();
        assertThat(account.emailsOnFile()).extracting(EmailAddress::address).containsExactly(fresh);
        assertThat(account.status()).isEqualTo(AccountStatus.MIGRATED);
    }

    /** An examiner whose email is shared, after a transfer request: the secret of email (b)'s link. */
    private String duplicateAccountWithLink(String number) {
        String shared = TestNumbers.email("shared", number);
        probe.createAccount(MEDICAL_EXAMINER, number, shared, null, "MD-" + number, State.IL);
        String other = TestNumbers.next("83");
        probe.createAccount(MEDICAL_EXAMINER, other, shared.toUpperCase(), null, "MD-" + other, State.IL);
        submitAndAwaitDuplicate(number, "MD-" + number);
        return tokenIn(emailOfKind(number, EmailKind.TRANSFER_EMAIL_DUPLICATE));
    }

    private void submitAndAwaitDuplicate(String number, String license) {
        desk.submit(TransferApplication.examiner(new NationalRegistryNumber(number), LicenseNumber.of(license),
                State.IL), TestNumbers.nextClientAddress());
        Await.until(() -> probe.account(number).orElseThrow().status(),
                status -> status == AccountStatus.EMAIL_DUPLICATE);
    }

    private OutboxEmail emailOfKind(String number, EmailKind kind) {
        List<OutboxEmail> emails = Await.until(() -> probe.emailsAbout(number),
                found -> found.stream().anyMatch(e -> e.kind() == kind));
        return emails.stream().filter(e -> e.kind() == kind).reduce((first, second) -> second).orElseThrow();
    }

    private static String tokenIn(OutboxEmail email) {
        return DeliveredMail.linkSecretOf(email);
    }
}
