package gov.dot.fmcsa.nationalregistry.it.outbox;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxConsole;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxEmailView;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChange;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkUnusableException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.LinkStatus;
import gov.dot.fmcsa.nationalregistry.application.outbox.OutboxDelivery;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.DeliveredMail;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No secret that opens an emailed link is kept anywhere but in the delivered email (decision 20):
 * not in any column of any table, not in server.log, not on the console's outbox page; and the
 * link from the mail still works, once. A newer link voids the older one; a locked account's links
 * do not work. Numbers 47xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class LinkSecretIT {

    private static final String CLIENT = TestNumbers.nextClientAddress();
    private static final Reason REASON = Reason.of("Help desk ticket 47");

    @Inject
    private TransferDesk desk;

    @Inject
    private EmailChange emailChange;

    @Inject
    private AccountAdministration administration;

    @Inject
    private OutboxConsole outbox;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(LinkSecretIT.class, Await.class, DeliveredMail.class,
                AsAdministrator.class, Callers.class);
    }

    @Test
    void theSecretsOfBothLinkEmailsAreOnlyInTheDeliveredMailAndTheirLinksWorkOnce() throws Exception {
        String number = duplicateAccount();
        OutboxEmail setEmail = sent(number, EmailKind.TRANSFER_EMAIL_DUPLICATE);
        String setSecret = DeliveredMail.linkSecretOf(setEmail);
        assertThat(probe.columnsContaining(setEmail.messageId())).as("the scan reads every table")
                .contains("outbox_email.message_id", "audit_event.detail");
        assertStoredNowhere(setSecret);
        assertShownMasked(setEmail, setSecret);

        String newAddress = "mine." + number + "@example.org";
        emailChange.chooseNewEmail(setSecret, EmailAddress.of(newAddress), CLIENT);
        OutboxEmail confirmEmail = sent(number, EmailKind.CONFIRM_NEW_EMAIL);
        String confirmSecret = DeliveredMail.linkSecretOf(confirmEmail);
        assertThat(confirmEmail.recipient().address()).isEqualTo(newAddress);
        assertStoredNowhere(confirmSecret);
        assertShownMasked(confirmEmail, confirmSecret);

        emailChange.confirm(confirmSecret, CLIENT);

        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThatThrownBy(() -> emailChange.confirm(confirmSecret, CLIENT))
                .isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(probe.auditOf(number)).extracting(event -> event.action()).contains(AuditAction.EMAIL_BODY_VIEWED);
    }

    @Test
    void aNewLinkVoidsTheOlderOneAndALockedAccountsLinkDoesNotWork() throws Exception {
        String number = duplicateAccount();
        String first = DeliveredMail.linkSecretOf(sent(number, EmailKind.TRANSFER_EMAIL_DUPLICATE));

        asAdministrator.run(() -> {
            NationalRegistryNumber account = NationalRegistryNumber.of(number);
            administration.resendEmail(account, administration.account(account).version(), REASON);
        });
        String second = DeliveredMail.linkSecretOf(newest(number, EmailKind.TRANSFER_EMAIL_DUPLICATE, 2));

        assertThat(second).isNotEqualTo(first);
        assertThat(emailChange.inspect(first, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.REPLACED);
        assertThat(emailChange.inspect(second, TokenPurpose.SET_NEW_EMAIL).status()).isEqualTo(LinkStatus.USABLE);

        probe.lock(number);

        assertThat(emailChange.inspect(second, TokenPurpose.SET_NEW_EMAIL).status())
                .isEqualTo(LinkStatus.ACCOUNT_LOCKED);
        assertThatThrownBy(() -> emailChange.chooseNewEmail(second, EmailAddress.of("late." + number + "@example.org"),
                CLIENT)).isInstanceOfSatisfying(EmailLinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.ACCOUNT_LOCKED));
    }

    @Test
    void bodiesPastTheirRetentionPeriodArePurgedAndTheRowStays() throws Exception {
        String number = duplicateAccount();
        OutboxEmail email = sent(number, EmailKind.TRANSFER_EMAIL_DUPLICATE);
        probe.execute("UPDATE outbox_email SET created_at = {ts '2020-01-01 00:00:00'} WHERE id = " + email.id());

        delivery.purgeOldBodies();

        OutboxEmailView purged = asAdministrator.call(() -> outbox.email(email.id())).orElseThrow();
        assertThat(purged.bodyPurgedAt()).isNotNull();
        assertThat(purged.textBody()).isEmpty();
        assertThat(purged.htmlBody()).isEmpty();
        assertThat(purged.entry().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(purged.entry().subject()).isEqualTo(email.subject());
    }

    /** An examiner whose email is on file for another account too, after a transfer request. */
    private String duplicateAccount() {
        String number = TestNumbers.next("47");
        String other = TestNumbers.next("47");
        String shared = "shared." + number + "@example.org";
        probe.createAccount(MEDICAL_EXAMINER, number, shared, null, "MD-" + number, State.IL);
        probe.createAccount(MEDICAL_EXAMINER, other, shared, null, "MD-" + other, State.IL);
        desk.submit(TransferApplication.examiner(new NationalRegistryNumber(number), LicenseNumber.of("MD-" + number),
                State.IL), CLIENT);
        Await.until(() -> probe.account(number).orElseThrow().status(),
                status -> status == AccountStatus.EMAIL_DUPLICATE);
        return number;
    }

    /** The email of {@code kind} about the account once it is sent. */
    private OutboxEmail sent(String number, EmailKind kind) {
        return newest(number, kind, 1);
    }

    /** The newest email of {@code kind} about the account once {@code count} of them are sent. */
    private OutboxEmail newest(String number, EmailKind kind, int count) {
        List<OutboxEmail> sent = Await.until(() -> probe.emailsAbout(number).stream()
                        .filter(e -> e.kind() == kind && e.status() == OutboxStatus.SENT).toList(),
                found -> found.size() >= count);
        return sent.get(sent.size() - 1);
    }

    private void assertStoredNowhere(String secret) throws IOException {
        assertThat(probe.columnsContaining(secret)).as("columns holding the secret").isEmpty();
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("server.log").doesNotContain(secret);
    }

    private void assertShownMasked(OutboxEmail email, String secret) throws Exception {
        OutboxEmailView shown = asAdministrator.call(() -> outbox.email(email.id())).orElseThrow();
        assertThat(shown.textBody() + shown.htmlBody()).doesNotContain(secret).doesNotContain(EmailContent.LINK_SECRET)
                .contains("token=" + EmailContent.MASKED_SECRET);
    }
}
