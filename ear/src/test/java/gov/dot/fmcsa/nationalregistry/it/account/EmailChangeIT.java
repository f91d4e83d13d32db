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
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The repair of a shared email through emailed links (docs/product.md flow 4b): single use, bound to their
 * purpose, expiring, refusing addresses already on file. Numbers 83xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class EmailChangeIT {

    private static final String CLIENT = "10.83.0.1";

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
        String setToken = duplicateAccountWithLink("8300000001");
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USABLE);

        emailChange.chooseNewEmail(setToken, EmailAddress.of("Mine.8301@example.org"), CLIENT);

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
        OutboxEmail confirmation = emailOfKind("8300000001", EmailKind.CONFIRM_NEW_EMAIL);
        assertThat(confirmation.recipient().address()).isEqualTo("Mine.8301@example.org");
        assertThat(probe.account("8300000001").orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        String confirmToken = tokenIn(confirmation);
        assertThat(emailChange.inspect(confirmToken, TokenPurpose.CONFIRM_NEW_EMAIL).pendingEmail().address())
                .isEqualTo("Mine.8301@example.org");

        emailChange.confirm(confirmToken, CLIENT);

        RegistryAccount account = probe.account("8300000001").orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(account.primaryEmail().address()).isEqualTo("Mine.8301@example.org");
        assertThat(emailOfKind("8300000001", EmailKind.TRANSFER_MIGRATED).recipient().address())
                .isEqualTo("Mine.8301@example.org");
        assertThat(probe.auditOf("8300000001")).extracting(e -> e.action())
                .contains(AuditAction.EMAIL_CHANGE_REQUESTED, AuditAction.EMAIL_LINK_USED, AuditAction.EMAIL_CONFIRMED);
        assertThatThrownBy(() -> emailChange.confirm(confirmToken, CLIENT))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
    }

    @Test
    void aLinkWorksOnce() {
        String setToken = duplicateAccountWithLink("8300000003");
        emailChange.chooseNewEmail(setToken, EmailAddress.of("first.8303@example.org"), CLIENT);

        assertThatThrownBy(() -> emailChange.chooseNewEmail(setToken, EmailAddress.of("second.8303@example.org"),
                CLIENT))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(probe.emailsAbout("8300000003")).filteredOn(e -> e.kind() == EmailKind.CONFIRM_NEW_EMAIL).hasSize(1);
        assertThat(probe.auditOf("8300000003")).extracting(e -> e.action()).contains(AuditAction.EMAIL_LINK_REFUSED);
    }

    @Test
    void anAddressOnFileForAnotherAccountGetsTheSameAnswerAndIsRefusedOnlyToWhoeverConfirmsIt() {
        String setToken = duplicateAccountWithLink("8300000005");
        probe.createAccount(MEDICAL_EXAMINER, "8300000007", "taken.8307@example.org", null, "MD-8307", State.IL);

        emailChange.chooseNewEmail(setToken, EmailAddress.of("TAKEN.8307@example.org"), CLIENT);

        // The same as for any address: the link is used up and the confirmation goes to the address given.
        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USED);
        OutboxEmail confirmation = emailOfKind("8300000005", EmailKind.CONFIRM_NEW_EMAIL);
        assertThat(confirmation.recipient().address()).isEqualTo("TAKEN.8307@example.org");
        // Only the holder of that mailbox learns that the address is on file: the confirmation is refused.
        assertThatThrownBy(() -> emailChange.confirm(tokenIn(confirmation), CLIENT))
                .isInstanceOf(EmailAddressTakenException.class);
        assertThat(probe.account("8300000005").orElseThrow().primaryEmail().address())
                .isEqualTo("shared.8300000005@example.org");
        assertThat(probe.account("8300000005").orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
    }

    @Test
    void pastFiveConfirmationLinksAnHourForOneAccountNoOtherIsSent() {
        duplicateAccountWithLink("8300000021");
        for (int i = 0; i < 5; i++) {
            emailChange.chooseNewEmail(probe.issueLink("8300000021", TokenPurpose.SET_NEW_EMAIL),
                    EmailAddress.of("try" + i + ".8321@example.org"), CLIENT);
        }
        String sixth = probe.issueLink("8300000021", TokenPurpose.SET_NEW_EMAIL);

        assertThatThrownBy(() -> emailChange.chooseNewEmail(sixth, EmailAddress.of("try5.8321@example.org"), CLIENT))
                .isInstanceOf(ConfirmationLimitException.class);

        assertThat(emailChange.inspect(sixth, TokenPurpose.SET_NEW_EMAIL).status()).as("the link still works")
                .isEqualTo(LinkStatus.USABLE);
        assertThat(probe.emailsAbout("8300000021")).filteredOn(e -> e.kind() == EmailKind.CONFIRM_NEW_EMAIL).hasSize(5);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String setToken = duplicateAccountWithLink("8300000009");
        probe.execute("UPDATE email_link_token SET expires_at = CURRENT_TIMESTAMP WHERE account_id = "
                + "(SELECT id FROM registry_account WHERE national_registry_number = '8300000009')");

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.EXPIRED);
        assertThatThrownBy(() -> emailChange.chooseNewEmail(setToken, EmailAddress.of("late.8309@example.org"), CLIENT))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.EXPIRED));
        assertThat(probe.account("8300000009").orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
    }

    @Test
    void aTamperedTruncatedOrOtherPurposeLinkIsUnknown() {
        String setToken = duplicateAccountWithLink("8300000011");
        char last = setToken.charAt(42);
        String tampered = setToken.substring(0, 42) + (last == 'A' ? 'B' : 'A');

        assertThat(emailChange.inspect(tampered, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect(setToken.substring(0, 20), TokenPurpose.SET_NEW_EMAIL).status())
                .isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect("<script>alert(1)</script>", TokenPurpose.SET_NEW_EMAIL).status())
                .isEqualTo(LinkStatus.UNKNOWN);
        assertThat(emailChange.inspect(null, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.UNKNOWN);
        assertThatThrownBy(() -> emailChange.confirm(setToken, CLIENT))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.UNKNOWN));
    }

    @Test
    void aLinkForAnAccountWhoseEmailWasSettledOtherwiseIsNoLongerNeeded() {
        String setToken = duplicateAccountWithLink("8300000013");
        probe.execute("UPDATE registry_account SET status = 'MIGRATED' WHERE national_registry_number = '8300000013'");

        assertThat(emailChange.inspect(setToken, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.SETTLED);
    }

    @Test
    void aSharedSecondaryEmailIsRemovedWhenTheNewPrimaryIsConfirmed() {
        probe.createAccount(MEDICAL_EXAMINER, "8300000015", "own.8315@example.org", "office.8315@example.org",
                "MD-8315", State.IL);
        probe.createAccount(MEDICAL_EXAMINER, "8300000016", "office.8315@example.org", null, "MD-8316", State.IL);
        submitAndAwaitDuplicate("8300000015", "MD-8315");
        String setToken = tokenIn(emailOfKind("8300000015", EmailKind.TRANSFER_EMAIL_DUPLICATE));
        emailChange.chooseNewEmail(setToken, EmailAddress.of("fresh.8315@example.org"), CLIENT);

        emailChange.confirm(tokenIn(emailOfKind("8300000015", EmailKind.CONFIRM_NEW_EMAIL)), CLIENT);

        RegistryAccount account = probe.account("8300000015").orElseThrow();
        assertThat(account.emailsOnFile()).extracting(EmailAddress::address).containsExactly("fresh.8315@example.org");
        assertThat(account.status()).isEqualTo(AccountStatus.MIGRATED);
    }

    /** An examiner whose email is shared, after a transfer request: the secret of email (b)'s link. */
    private String duplicateAccountWithLink(String number) {
        String shared = "shared." + number + "@example.org";
        probe.createAccount(MEDICAL_EXAMINER, number, shared, null, "MD-" + number.substring(6), State.IL);
        String other = String.valueOf(Long.parseLong(number) + 1);
        probe.createAccount(MEDICAL_EXAMINER, other, shared.toUpperCase(), null, "MD-" + other.substring(6), State.IL);
        submitAndAwaitDuplicate(number, "MD-" + number.substring(6));
        return tokenIn(emailOfKind(number, EmailKind.TRANSFER_EMAIL_DUPLICATE));
    }

    private void submitAndAwaitDuplicate(String number, String license) {
        desk.submit(TransferApplication.examiner(new NationalRegistryNumber(number), LicenseNumber.of(license),
                State.IL), "10.83.0." + number.substring(8));
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
