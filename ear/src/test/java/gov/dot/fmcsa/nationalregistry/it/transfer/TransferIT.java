package gov.dot.fmcsa.nationalregistry.it.transfer;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.ADMINISTRATIVE_ASSISTANT;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.THIRD_PARTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.transfer.TransferClosedException;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.DeliveredMail;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every outcome of a transfer request (docs/product.md flows 2-4), in the real EAR on the real database:
 * what the account becomes, which email is queued, and what the audit log says. Numbers come from
 * {@link TestNumbers} with prefix 82. Each test sends from client addresses of its own
 * ({@link TestNumbers#nextClientAddress()}) so that the per-address limit of one test does not touch another.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

    @Inject
    private TransferDesk desk;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(TransferIT.class, Await.class, DeliveredMail.class);
    }

    @Test
    void anExaminerWithAUniqueEmailIsMigratedAndGetsEmailA() {
        String number = TestNumbers.next("82");
        String address = TestNumbers.email("unique", number);
        String clientAddress = TestNumbers.nextClientAddress();
        probe.createAccount(MEDICAL_EXAMINER, number, address, null, "MD-" + number, State.VA);

        examiner(number, "md-" + number, State.VA, clientAddress);

        assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.MIGRATED);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        List<OutboxEmail> emails = probe.emailsAbout(number);
        assertThat(emails).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_MIGRATED);
            assertThat(email.recipient().address()).isEqualTo(address);
            assertThat(email.content().textBody()).contains("Your account was migrated successfully")
                    .contains(publicUrl() + "/sign-in.xhtml").contains("fmctechsup@dot.gov");
            assertThat(email.content().htmlBody()).contains("href=\"" + publicUrl() + "/sign-in.xhtml\"");
        });
        assertThat(probe.auditOf(number)).extracting(e -> e.action())
                .contains(AuditAction.TRANSFER_REQUESTED, AuditAction.EMAIL_QUEUED);
        assertThat(probe.auditOf(number)).filteredOn(e -> e.action().equals(AuditAction.TRANSFER_REQUESTED))
                .singleElement().satisfies(e -> {
                    assertThat(e.detail()).contains("MIGRATED").contains("LEGACY -> MIGRATED");
                    assertThat(e.source()).hasSize(64).doesNotContain(clientAddress);
                });
    }

    @Test
    void aWrongLicenseNumberOrStateMatchesNothingAndChangesNothing() {
        String number = TestNumbers.next("82");
        String clientAddress = TestNumbers.nextClientAddress();
        examinerAccount(number, "unique", State.VA);

        examiner(number, "MD-0000", State.VA, clientAddress);
        examiner(number, "MD-" + number, State.MD, clientAddress);

        assertThat(outcomesOf(number, 2)).containsOnly(TransferOutcome.NO_MATCH);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.emailsAbout(number)).isEmpty();
    }

    @Test
    void anUnknownNumberIsAuditedAndNothingIsSent() {
        String number = TestNumbers.next("82");

        examiner(number, "MD-1", State.VA, TestNumbers.nextClientAddress());

        assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.NO_MATCH);
        assertThat(probe.auditOf(number)).extracting(e -> e.action())
                .containsExactly(AuditAction.TRANSFER_REQUESTED);
        assertThat(probe.emailsAbout(number)).isEmpty();
    }

    @Test
    void anEmailSharedAsAnotherAccountsSecondaryInOtherLetterCaseIsADuplicate() {
        String owner = TestNumbers.next("82");
        String other = TestNumbers.next("82");
        String shared = TestNumbers.email("shared", owner);
        String sharedInOtherCase = shared.toUpperCase(Locale.ROOT);
        probe.createAccount(MEDICAL_EXAMINER, owner, sharedInOtherCase, null, "MD-" + owner, State.OH);
        probe.createAccount(MEDICAL_EXAMINER, other, TestNumbers.email("other", other), shared, "MD-" + other,
                State.OH);

        examiner(owner, "MD-" + owner, State.OH, TestNumbers.nextClientAddress());

        assertThat(outcomesOf(owner, 1)).containsExactly(TransferOutcome.EMAIL_DUPLICATE);
        assertThat(probe.account(owner).orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(probe.emailsAbout(owner)).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_EMAIL_DUPLICATE);
            assertThat(email.recipient().address()).isEqualTo(sharedInOtherCase);
            assertThat(email.content().textBody()).contains("Your account was NOT migrated successfully")
                    .contains(publicUrl() + "/new-email.xhtml?token=" + EmailContent.LINK_SECRET);
            assertThat(DeliveredMail.textOf(email)).doesNotContain(EmailContent.LINK_SECRET)
                    .containsPattern(Pattern.quote(publicUrl() + "/new-email.xhtml?token=") + "[A-Za-z0-9_-]{43}");
        });
    }

    @Test
    void aSecondaryEmailSharedWithAnotherAccountsPrimaryIsADuplicateToo() {
        String owner = TestNumbers.next("82");
        String other = TestNumbers.next("82");
        String own = TestNumbers.email("own", owner);
        String desk = TestNumbers.email("desk", owner);
        probe.createAccount(MEDICAL_EXAMINER, owner, own, desk, "MD-" + owner, State.TX);
        probe.createAccount(MEDICAL_EXAMINER, other, desk.toUpperCase(Locale.ROOT), null, "MD-" + other, State.TX);

        examiner(owner, "MD-" + owner, State.TX, TestNumbers.nextClientAddress());

        assertThat(outcomesOf(owner, 1)).containsExactly(TransferOutcome.EMAIL_DUPLICATE);
        assertThat(probe.emailsAbout(owner)).singleElement()
                .satisfies(email -> assertThat(email.recipient().address()).isEqualTo(own));
    }

    @Test
    void aMigratedOrLinkedAccountGetsEmailAAgainButNotTwiceWithinMinutes() {
        String number = TestNumbers.next("82");
        String clientAddress = TestNumbers.nextClientAddress();
        examinerAccount(number, "again", State.NY);
        examiner(number, "MD-" + number, State.NY, clientAddress);
        outcomesOf(number, 1);

        examiner(number, "MD-" + number, State.NY, clientAddress);
        assertThat(outcomesOf(number, 2))
                .containsExactly(TransferOutcome.MIGRATED, TransferOutcome.REPEAT_IGNORED);

        Await.pause(Duration.ofSeconds(4)); // the tests' repeat window is 3 s (arquillian.xml)
        probe.execute("UPDATE registry_account SET status = 'LINKED' WHERE national_registry_number = '" + number
                + "'");
        examiner(number, "MD-" + number, State.NY, clientAddress);

        assertThat(outcomesOf(number, 3)).endsWith(TransferOutcome.EMAIL_RESENT);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
        assertThat(probe.emailsAbout(number)).hasSize(2)
                .allSatisfy(email -> assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_MIGRATED));
    }

    @Test
    void aLockedAccountGetsNothing() {
        String number = TestNumbers.next("82");
        examinerAccount(number, "locked", State.NJ);
        probe.execute("UPDATE registry_account SET locked = TRUE WHERE national_registry_number = '" + number + "'");

        examiner(number, "MD-" + number, State.NJ, TestNumbers.nextClientAddress());

        assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.ACCOUNT_LOCKED);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.emailsAbout(number)).isEmpty();
    }

    @Test
    void closedAccountTypesAreRefusedAndOpenOnesMatchOnTheirOwnTypeOnly() {
        String number = TestNumbers.next("82");
        String clientAddress = TestNumbers.nextClientAddress();
        probe.createAccount(ADMINISTRATIVE_ASSISTANT, number, TestNumbers.email("assistant", number), null, null,
                null);
        assertThatThrownBy(() -> byNumber(ADMINISTRATIVE_ASSISTANT, number, clientAddress))
                .isInstanceOf(TransferClosedException.class);
        assertThatThrownBy(() -> byNumber(THIRD_PARTY, number, clientAddress))
                .isInstanceOf(TransferClosedException.class);
        assertThat(probe.transferOutcomes(number)).isEmpty();

        openTransfer(ADMINISTRATIVE_ASSISTANT, true);
        try {
            byNumber(ADMINISTRATIVE_ASSISTANT, number, clientAddress);
            assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.MIGRATED);
        } finally {
            openTransfer(ADMINISTRATIVE_ASSISTANT, false);
        }
        openTransfer(THIRD_PARTY, true);
        try {
            byNumber(THIRD_PARTY, number, clientAddress);
            assertThat(outcomesOf(number, 2)).endsWith(TransferOutcome.NO_MATCH);
        } finally {
            openTransfer(THIRD_PARTY, false);
        }
    }

    @Test
    void administratorAccountsCannotBeTransferredThroughTheForm() {
        String number = TestNumbers.next("82");

        assertThatThrownBy(() -> TransferApplication.byNumber(AccountType.ADMINISTRATOR,
                new NationalRegistryNumber(number)))
                .hasMessageContaining("administrator");
    }

    @Test
    void pastFiveMatchingRequestsAnHourForOneNumberTheAnswerIsTheSameButNothingIsSent() {
        String number = TestNumbers.next("82");
        examinerAccount(number, "limit", State.CA);
        // Each from another address: only the per-number limit applies.
        for (int i = 0; i < 6; i++) {
            examiner(number, "MD-" + number, State.CA, TestNumbers.nextClientAddress());
        }

        List<TransferOutcome> outcomes = outcomesOf(number, 6);
        assertThat(outcomes).startsWith(TransferOutcome.MIGRATED).endsWith(TransferOutcome.RATE_LIMITED);
        assertThat(outcomes.subList(1, 5)).doesNotContain(TransferOutcome.RATE_LIMITED, TransferOutcome.NO_MATCH);
        assertThat(probe.auditOf(number)).last().satisfies(e -> assertThat(e.detail()).contains("RATE_LIMITED"));
    }

    @Test
    void bogusRequestsWithAnExaminersNumberDoNotUseUpTheOwnersQuota() {
        // The number is public; the license is what only the examiner (and the registry) knows.
        String number = TestNumbers.next("82");
        probe.createAccount(MEDICAL_EXAMINER, number, "bogus." + number + "@example.com", null, "MD-" + number,
                State.CA);
        for (int i = 0; i < 20; i++) {
            examiner(number, "MD-0000", State.CA, TestNumbers.nextClientAddress());
        }
        examiner(number, "MD-" + number, State.CA, TestNumbers.nextClientAddress());

        assertThat(outcomesOf(number, 21)).startsWith(TransferOutcome.NO_MATCH).endsWith(TransferOutcome.MIGRATED)
                .containsOnly(TransferOutcome.NO_MATCH, TransferOutcome.MIGRATED);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(probe.emailsAbout(number)).hasSize(1);
    }

    @Test
    void pastTwentyRequestsAnHourFromOneClientAddressNothingIsSent() {
        String number = TestNumbers.next("82");
        String busyAddress = TestNumbers.nextClientAddress();
        examinerAccount(number, "source", State.CA);
        for (int i = 0; i < 20; i++) {
            examiner(TestNumbers.next("82"), "MD-0000", State.CA, busyAddress);
        }
        examiner(number, "MD-" + number, State.CA, busyAddress);

        assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.RATE_LIMITED);
        assertThat(probe.emailsAbout(number)).isEmpty();

        examiner(number, "MD-" + number, State.CA, TestNumbers.nextClientAddress());
        assertThat(outcomesOf(number, 2)).endsWith(TransferOutcome.MIGRATED);
    }

    @Test
    void whenTheTransactionFailsNeitherTheStateChangeNorTheEmailIsKeptAndTheRequestIsRetried() {
        String number = TestNumbers.next("82");
        String constraint = "ck_test_" + number;
        examinerAccount(number, "atomic", State.WA);
        // The audit record is written last, in the same transaction: make it fail for this account.
        refuseRowsWith("audit_event", "subject_number", number, constraint);
        try {
            examiner(number, "MD-" + number, State.WA, TestNumbers.nextClientAddress());
            Await.pause(Duration.ofSeconds(3));

            assertThat(probe.transferOutcomes(number)).containsExactly((TransferOutcome) null);
            assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
            assertThat(probe.emailsAbout(number)).isEmpty();
        } finally {
            probe.execute("ALTER TABLE audit_event DROP CONSTRAINT " + constraint);
        }
        assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.MIGRATED);
        assertThat(probe.emailsAbout(number)).hasSize(1);
    }

    @Test
    void aRequestThatKeepsFailingIsSetAsideAndDoesNotHoldUpTheOthers() {
        String poison = TestNumbers.next("82");
        String after = TestNumbers.next("82");
        String constraint = "ck_test_" + poison;
        examinerAccount(poison, "poison", State.WA);
        examinerAccount(after, "after", State.WA);
        // Its email can never be queued: every attempt to process the request fails.
        refuseRowsWith("outbox_email", "account_number", poison, constraint);
        try {
            examiner(poison, "MD-" + poison, State.WA, TestNumbers.nextClientAddress());
            examiner(after, "MD-" + after, State.WA, TestNumbers.nextClientAddress());

            assertThat(outcomesOf(after, 1)).containsExactly(TransferOutcome.MIGRATED);
            assertThat(outcomesOf(poison, 1)).containsExactly(TransferOutcome.PROCESSING_FAILED);
        } finally {
            probe.execute("ALTER TABLE outbox_email DROP CONSTRAINT " + constraint);
        }
        assertThat(probe.account(poison).orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.auditOf(poison)).extracting(e -> e.action())
                .containsExactly(AuditAction.TRANSFER_FAILED);
    }

    @Test
    void aRequestCountsItsFailuresInItsRowSoAnotherNodesAttemptsCountToo() {
        String number = TestNumbers.next("82");
        String constraint = "ck_test_" + number;
        examinerAccount(number, "counted", State.WA);
        refuseRowsWith("outbox_email", "account_number", number, constraint);
        try {
            examiner(number, "MD-" + number, State.WA, TestNumbers.nextClientAddress());
            Await.until(() -> probe.failedAttemptsOf(number), attempts -> attempts.get(0) > 0);
            // As if another node had held the queue and tried it many times before this one took over.
            probe.execute("UPDATE transfer_request SET failed_attempts = 40, version = version + 1"
                    + " WHERE registry_number = '" + number + "'");

            assertThat(outcomesOf(number, 1)).containsExactly(TransferOutcome.PROCESSING_FAILED);
        } finally {
            probe.execute("ALTER TABLE outbox_email DROP CONSTRAINT " + constraint);
        }
        assertThat(probe.failedAttemptsOf(number)).containsExactly(41);
        assertThat(probe.auditOf(number)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("after 41 failed attempts"));
    }

    @Test
    void queuedEmailsAreSentThroughTheMailServerAndMarkedSent() {
        String number = TestNumbers.next("82");
        examinerAccount(number, "sent", State.WA);

        examiner(number, "MD-" + number, State.WA, TestNumbers.nextClientAddress());

        OutboxEmail sent = Await.until(() -> probe.emailsAbout(number),
                emails -> emails.size() == 1 && emails.get(0).sentAt() != null).get(0);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(probe.auditOf(number)).extracting(e -> e.action()).contains(AuditAction.EMAIL_SENT);
    }

    /** The address in emails: the test server's own (arquillian.xml), on the test HTTP port of this build. */
    private static String publicUrl() {
        return System.getProperty("registry.public-url");
    }

    /** An examiner account with the email {@code label.number@example.com} and the license MD-number. */
    private void examinerAccount(String number, String label, State state) {
        probe.createAccount(MEDICAL_EXAMINER, number, TestNumbers.email(label, number), null, "MD-" + number, state);
    }

    /** Makes the database refuse rows of {@code table} whose {@code column} is {@code number}, until dropped. */
    private void refuseRowsWith(String table, String column, String number, String constraint) {
        probe.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " CHECK (" + column + " <> '" + number
                + "')");
    }

    private void examiner(String number, String license, State state, String clientAddress) {
        desk.submit(TransferApplication.examiner(new NationalRegistryNumber(number), LicenseNumber.of(license), state),
                clientAddress);
    }

    private void byNumber(AccountType type, String number, String clientAddress) {
        desk.submit(TransferApplication.byNumber(type, new NationalRegistryNumber(number)), clientAddress);
    }

    private List<TransferOutcome> outcomesOf(String number, int requests) {
        return Await.until(() -> probe.transferOutcomes(number),
                outcomes -> outcomes.size() == requests && !outcomes.contains(null));
    }

    private void openTransfer(AccountType type, boolean open) {
        probe.execute("UPDATE registry_setting SET setting_value = '" + open + "' WHERE setting_key = 'transfer.open."
                + type.name() + "'");
    }
}
