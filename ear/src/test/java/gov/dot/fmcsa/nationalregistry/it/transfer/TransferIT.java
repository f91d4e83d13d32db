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
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every outcome of a transfer request (docs/product.md flows 2-4), in the real EAR on the real database:
 * what the account becomes, which email is queued, and what the audit log says. Numbers 82xxxxxxxx.
 * Each test sends from its own made-up client address so that the per-address limit of one test
 * does not touch another.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

    @Inject
    private TransferDesk desk;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(TransferIT.class, Await.class, DeliveredMail.class, TestNumbers.class);
    }

    @Test
    void anExaminerWithAUniqueEmailIsMigratedAndGetsEmailA() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000001", "unique.8200000001@example.com", null, "MD-8201", State.VA);

        examiner("8200000001", "md-8201", State.VA, "10.82.0.1");

        assertThat(outcomesOf("8200000001", 1)).containsExactly(TransferOutcome.MIGRATED);
        assertThat(probe.account("8200000001").orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        List<OutboxEmail> emails = probe.emailsAbout("8200000001");
        assertThat(emails).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_MIGRATED);
            assertThat(email.recipient().address()).isEqualTo("unique.8200000001@example.com");
            assertThat(email.content().textBody()).contains("Your account was migrated successfully")
                    .contains(publicUrl() + "/sign-in.xhtml").contains("fmctechsup@dot.gov");
            assertThat(email.content().htmlBody()).contains("href=\"" + publicUrl() + "/sign-in.xhtml\"");
        });
        assertThat(probe.auditOf("8200000001")).extracting(e -> e.action())
                .contains(AuditAction.TRANSFER_REQUESTED, AuditAction.EMAIL_QUEUED);
        assertThat(probe.auditOf("8200000001")).filteredOn(e -> e.action().equals(AuditAction.TRANSFER_REQUESTED))
                .singleElement().satisfies(e -> {
                    assertThat(e.detail()).contains("MIGRATED").contains("LEGACY -> MIGRATED");
                    assertThat(e.source()).hasSize(64).doesNotContain("10.82.0.1");
                });
    }

    @Test
    void aWrongLicenseNumberOrStateMatchesNothingAndChangesNothing() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000002", "unique.8200000002@example.com", null, "MD-8202", State.VA);

        examiner("8200000002", "MD-8299", State.VA, "10.82.0.2");
        examiner("8200000002", "MD-8202", State.MD, "10.82.0.2");

        assertThat(outcomesOf("8200000002", 2)).containsOnly(TransferOutcome.NO_MATCH);
        assertThat(probe.account("8200000002").orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.emailsAbout("8200000002")).isEmpty();
    }

    @Test
    void anUnknownNumberIsAuditedAndNothingIsSent() {
        examiner("8209999999", "MD-1", State.VA, "10.82.0.3");

        assertThat(outcomesOf("8209999999", 1)).containsExactly(TransferOutcome.NO_MATCH);
        assertThat(probe.auditOf("8209999999")).extracting(e -> e.action())
                .containsExactly(AuditAction.TRANSFER_REQUESTED);
        assertThat(probe.emailsAbout("8209999999")).isEmpty();
    }

    @Test
    void anEmailSharedAsAnotherAccountsSecondaryInOtherLetterCaseIsADuplicate() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000004", "Shared.8204@Example.com", null, "MD-8204", State.OH);
        probe.createAccount(MEDICAL_EXAMINER, "8200000005", "other.8205@example.com", "shared.8204@example.com",
                "MD-8205", State.OH);

        examiner("8200000004", "MD-8204", State.OH, "10.82.0.4");

        assertThat(outcomesOf("8200000004", 1)).containsExactly(TransferOutcome.EMAIL_DUPLICATE);
        assertThat(probe.account("8200000004").orElseThrow().status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(probe.emailsAbout("8200000004")).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_EMAIL_DUPLICATE);
            assertThat(email.recipient().address()).isEqualTo("Shared.8204@Example.com");
            assertThat(email.content().textBody()).contains("Your account was NOT migrated successfully")
                    .contains(publicUrl() + "/new-email.xhtml?token=" + EmailContent.LINK_SECRET);
            assertThat(DeliveredMail.textOf(email)).doesNotContain(EmailContent.LINK_SECRET)
                    .containsPattern(Pattern.quote(publicUrl() + "/new-email.xhtml?token=") + "[A-Za-z0-9_-]{43}");
        });
    }

    @Test
    void aSecondaryEmailSharedWithAnotherAccountsPrimaryIsADuplicateToo() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000006", "own.8206@example.com", "desk.8206@example.com",
                "MD-8206", State.TX);
        probe.createAccount(MEDICAL_EXAMINER, "8200000007", "DESK.8206@example.com", null, "MD-8207", State.TX);

        examiner("8200000006", "MD-8206", State.TX, "10.82.0.6");

        assertThat(outcomesOf("8200000006", 1)).containsExactly(TransferOutcome.EMAIL_DUPLICATE);
        assertThat(probe.emailsAbout("8200000006")).singleElement()
                .satisfies(email -> assertThat(email.recipient().address()).isEqualTo("own.8206@example.com"));
    }

    @Test
    void aMigratedOrLinkedAccountGetsEmailAAgainButNotTwiceWithinMinutes() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000008", "again.8208@example.com", null, "MD-8208", State.NY);
        examiner("8200000008", "MD-8208", State.NY, "10.82.0.8");
        outcomesOf("8200000008", 1);

        examiner("8200000008", "MD-8208", State.NY, "10.82.0.8");
        assertThat(outcomesOf("8200000008", 2))
                .containsExactly(TransferOutcome.MIGRATED, TransferOutcome.REPEAT_IGNORED);

        Await.pause(Duration.ofSeconds(4)); // the tests' repeat window is 3 s (arquillian.xml)
        probe.execute("UPDATE registry_account SET status = 'LINKED' WHERE national_registry_number = '8200000008'");
        examiner("8200000008", "MD-8208", State.NY, "10.82.0.8");

        assertThat(outcomesOf("8200000008", 3)).endsWith(TransferOutcome.EMAIL_RESENT);
        assertThat(probe.account("8200000008").orElseThrow().status()).isEqualTo(AccountStatus.LINKED);
        assertThat(probe.emailsAbout("8200000008")).hasSize(2)
                .allSatisfy(email -> assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_MIGRATED));
    }

    @Test
    void aLockedAccountGetsNothing() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000009", "locked.8209@example.com", null, "MD-8209", State.NJ);
        probe.execute("UPDATE registry_account SET locked = TRUE WHERE national_registry_number = '8200000009'");

        examiner("8200000009", "MD-8209", State.NJ, "10.82.0.9");

        assertThat(outcomesOf("8200000009", 1)).containsExactly(TransferOutcome.ACCOUNT_LOCKED);
        assertThat(probe.account("8200000009").orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.emailsAbout("8200000009")).isEmpty();
    }

    @Test
    void closedAccountTypesAreRefusedAndOpenOnesMatchOnTheirOwnTypeOnly() {
        probe.createAccount(ADMINISTRATIVE_ASSISTANT, "8200000010", "assistant.8210@example.com", null, null, null);
        assertThatThrownBy(() -> byNumber(ADMINISTRATIVE_ASSISTANT, "8200000010", "10.82.0.10"))
                .isInstanceOf(TransferClosedException.class);
        assertThatThrownBy(() -> byNumber(THIRD_PARTY, "8200000010", "10.82.0.10"))
                .isInstanceOf(TransferClosedException.class);
        assertThat(probe.transferOutcomes("8200000010")).isEmpty();

        openTransfer(ADMINISTRATIVE_ASSISTANT, true);
        try {
            byNumber(ADMINISTRATIVE_ASSISTANT, "8200000010", "10.82.0.10");
            assertThat(outcomesOf("8200000010", 1)).containsExactly(TransferOutcome.MIGRATED);
        } finally {
            openTransfer(ADMINISTRATIVE_ASSISTANT, false);
        }
        openTransfer(THIRD_PARTY, true);
        try {
            byNumber(THIRD_PARTY, "8200000010", "10.82.0.10");
            assertThat(outcomesOf("8200000010", 2)).endsWith(TransferOutcome.NO_MATCH);
        } finally {
            openTransfer(THIRD_PARTY, false);
        }
    }

    @Test
    void administratorAccountsCannotBeTransferredThroughTheForm() {
        assertThatThrownBy(() -> TransferApplication.byNumber(AccountType.ADMINISTRATOR,
                new NationalRegistryNumber("8200000011")))
                .hasMessageContaining("administrator");
    }

    @Test
    void pastFiveMatchingRequestsAnHourForOneNumberTheAnswerIsTheSameButNothingIsSent() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000012", "limit.8212@example.com", null, "MD-8212", State.CA);
        for (int i = 0; i < 6; i++) {
            examiner("8200000012", "MD-8212", State.CA, "10.82.12." + i);
        }

        List<TransferOutcome> outcomes = outcomesOf("8200000012", 6);
        assertThat(outcomes).startsWith(TransferOutcome.MIGRATED).endsWith(TransferOutcome.RATE_LIMITED);
        assertThat(outcomes.subList(1, 5)).doesNotContain(TransferOutcome.RATE_LIMITED, TransferOutcome.NO_MATCH);
        assertThat(probe.auditOf("8200000012")).last().satisfies(e -> assertThat(e.detail()).contains("RATE_LIMITED"));
    }

    @Test
    void bogusRequestsWithAnExaminersNumberDoNotUseUpTheOwnersQuota() {
        // The number is public; the license is what only the examiner (and the registry) knows.
        String number = TestNumbers.next("82");
        probe.createAccount(MEDICAL_EXAMINER, number, "bogus." + number + "@example.com", null, "MD-" + number,
                State.CA);
        for (int i = 0; i < 20; i++) {
            examiner(number, "MD-0000", State.CA, "10.82.13." + i);
        }
        examiner(number, "MD-" + number, State.CA, "10.82.0.15");

        assertThat(outcomesOf(number, 21)).startsWith(TransferOutcome.NO_MATCH).endsWith(TransferOutcome.MIGRATED)
                .containsOnly(TransferOutcome.NO_MATCH, TransferOutcome.MIGRATED);
        assertThat(probe.account(number).orElseThrow().status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(probe.emailsAbout(number)).hasSize(1);
    }

    @Test
    void pastTwentyRequestsAnHourFromOneClientAddressNothingIsSent() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000013", "source.8213@example.com", null, "MD-8213", State.CA);
        for (int i = 0; i < 20; i++) {
            examiner("82100000%02d".formatted(i), "MD-0000", State.CA, "10.82.0.13");
        }
        examiner("8200000013", "MD-8213", State.CA, "10.82.0.13");

        assertThat(outcomesOf("8200000013", 1)).containsExactly(TransferOutcome.RATE_LIMITED);
        assertThat(probe.emailsAbout("8200000013")).isEmpty();

        examiner("8200000013", "MD-8213", State.CA, "10.82.0.14");
        assertThat(outcomesOf("8200000013", 2)).endsWith(TransferOutcome.MIGRATED);
    }

    @Test
    void whenTheTransactionFailsNeitherTheStateChangeNorTheEmailIsKeptAndTheRequestIsRetried() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000015", "atomic.8215@example.com", null, "MD-8215", State.WA);
        // The audit record is written last, in the same transaction: make it fail for this account.
        probe.execute("ALTER TABLE audit_event ADD CONSTRAINT ck_test_8215 CHECK (subject_number <> '8200000015')");
        try {
            examiner("8200000015", "MD-8215", State.WA, "10.82.0.15");
            Await.pause(Duration.ofSeconds(3));

            assertThat(probe.transferOutcomes("8200000015")).containsExactly((TransferOutcome) null);
            assertThat(probe.account("8200000015").orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
            assertThat(probe.emailsAbout("8200000015")).isEmpty();
        } finally {
            probe.execute("ALTER TABLE audit_event DROP CONSTRAINT ck_test_8215");
        }
        assertThat(outcomesOf("8200000015", 1)).containsExactly(TransferOutcome.MIGRATED);
        assertThat(probe.emailsAbout("8200000015")).hasSize(1);
    }

    @Test
    void aRequestThatKeepsFailingIsSetAsideAndDoesNotHoldUpTheOthers() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000017", "poison.8217@example.com", null, "MD-8217", State.WA);
        probe.createAccount(MEDICAL_EXAMINER, "8200000018", "after.8218@example.com", null, "MD-8218", State.WA);
        // Its email can never be queued: every attempt to process the request fails.
        probe.execute("ALTER TABLE outbox_email ADD CONSTRAINT ck_test_8217 CHECK (account_number <> '8200000017')");
        try {
            examiner("8200000017", "MD-8217", State.WA, "10.82.0.17");
            examiner("8200000018", "MD-8218", State.WA, "10.82.0.18");

            assertThat(outcomesOf("8200000018", 1)).containsExactly(TransferOutcome.MIGRATED);
            assertThat(outcomesOf("8200000017", 1)).containsExactly(TransferOutcome.PROCESSING_FAILED);
        } finally {
            probe.execute("ALTER TABLE outbox_email DROP CONSTRAINT ck_test_8217");
        }
        assertThat(probe.account("8200000017").orElseThrow().status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(probe.auditOf("8200000017")).extracting(e -> e.action())
                .containsExactly(AuditAction.TRANSFER_FAILED);
    }

    @Test
    void aRequestCountsItsFailuresInItsRowSoAnotherNodesAttemptsCountToo() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000019", "counted.8219@example.com", null, "MD-8219", State.WA);
        probe.execute("ALTER TABLE outbox_email ADD CONSTRAINT ck_test_8219 CHECK (account_number <> '8200000019')");
        try {
            examiner("8200000019", "MD-8219", State.WA, "10.82.0.19");
            Await.until(() -> probe.failedAttemptsOf("8200000019"), attempts -> attempts.get(0) > 0);
            // As if another node had held the queue and tried it many times before this one took over.
            probe.execute("UPDATE transfer_request SET failed_attempts = 40, version = version + 1"
                    + " WHERE registry_number = '8200000019'");

            assertThat(outcomesOf("8200000019", 1)).containsExactly(TransferOutcome.PROCESSING_FAILED);
        } finally {
            probe.execute("ALTER TABLE outbox_email DROP CONSTRAINT ck_test_8219");
        }
        assertThat(probe.failedAttemptsOf("8200000019")).containsExactly(41);
        assertThat(probe.auditOf("8200000019")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("after 41 failed attempts"));
    }

    @Test
    void queuedEmailsAreSentThroughTheMailServerAndMarkedSent() {
        probe.createAccount(MEDICAL_EXAMINER, "8200000016", "sent.8216@example.com", null, "MD-8216", State.WA);

        examiner("8200000016", "MD-8216", State.WA, "10.82.0.16");

        OutboxEmail sent = Await.until(() -> probe.emailsAbout("8200000016"),
                emails -> emails.size() == 1 && emails.get(0).sentAt() != null).get(0);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(probe.auditOf("8200000016")).extracting(e -> e.action()).contains(AuditAction.EMAIL_SENT);
    }

    /** The address in emails: the test server's own (arquillian.xml), on the test HTTP port of this build. */
    private static String publicUrl() {
        return System.getProperty("registry.public-url");
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
