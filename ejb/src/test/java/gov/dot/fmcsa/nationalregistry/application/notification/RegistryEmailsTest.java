package gov.dot.fmcsa.nationalregistry.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.outbox.LinkSecretSeal;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistryEmailsTest {

    private static final String SECRET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_0123";

    /** A THROWAWAY key for this test: Base64 of 32 bytes. */
    private static final String LINK_KEY = "VEhST1dBV0FZLXVuaXQtdGVzdC1vdXRib3gtbGluazE=";

    private final LinkSecretSeal seal = new LinkSecretSeal(LINK_KEY);
    private final RegistryEmails emails = new RegistryEmails("https://registry.example.gov/", "registry.example.gov",
            seal);
    private final RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber("1000000001"),
            AccountType.MEDICAL_EXAMINER, new ContactDetails("Ada", "<Lovelace>", EmailAddress.of("ada@example.com"),
                    EmailAddress.of("ada.office@example.com"), null, null), Instant.now());

    @Test
    void emailAGoesToThePrimaryEmailWithAButtonToSignInThroughTheRegistry() {
        OutboxEmail email = emails.migrated(account);

        assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_MIGRATED);
        assertThat(email.recipient().address()).isEqualTo("ada@example.com");
        assertThat(email.accountNumber().value()).isEqualTo("1000000001");
        assertThat(email.messageId()).matches("<[0-9a-f-]{36}@registry\\.example\\.gov>");
        assertThat(email.content().textBody()).contains("Dear Ada <Lovelace>,").contains("migrated successfully")
                .contains("Create Account").contains("https://registry.example.gov/sign-in.xhtml")
                .contains("fmctechsup@dot.gov").contains("617.494.3003")
                .contains("National Registry of Certified Medical Examiners");
        assertThat(email.content().htmlBody()).contains("Dear Ada &lt;Lovelace&gt;,")
                .contains("href=\"https://registry.example.gov/sign-in.xhtml\"").doesNotContain("<Lovelace>");
    }

    @Test
    void emailBCarriesTheLinkToSetANewEmailAndSaysWhenItExpires() throws GeneralSecurityException {
        OutboxEmail email = emails.emailDuplicated(account, SECRET, Duration.ofHours(24));

        assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_EMAIL_DUPLICATE);
        EmailContent delivered = seal.contentToDeliver(email);
        assertThat(delivered.textBody()).contains("NOT migrated successfully").contains("duplicated in our system")
                .contains("https://registry.example.gov/new-email.xhtml?token=" + SECRET)
                .contains("expires in 24 hours");
        assertThat(delivered.htmlBody()).contains("new-email.xhtml?token=" + SECRET);
    }

    @Test
    void aLinkSecretIsKeptOnlySealedAndIsMaskedForReaders() throws GeneralSecurityException {
        OutboxEmail email = emails.emailDuplicated(account, SECRET, Duration.ofHours(24));

        assertThat(email.content().textBody() + email.content().htmlBody() + email.sealedLinkSecret())
                .doesNotContain(SECRET).contains("token=" + EmailContent.LINK_SECRET);
        assertThat(email.content().masked().textBody()).contains("token=" + EmailContent.MASKED_SECRET)
                .doesNotContain(EmailContent.LINK_SECRET);
        assertThat(seal.contentToDeliver(email)).isEqualTo(seal.contentToDeliver(email));
    }

    @Test
    void aSealedSecretOpensForItsOwnEmailWithItsOwnKeyOnly() {
        OutboxEmail email = emails.emailDuplicated(account, SECRET, Duration.ofHours(24));
        OutboxEmail other = OutboxEmail.withSealedLinkSecret("<other@registry.example.gov>", email.kind(),
                email.accountNumber(), EmailAddress.of("mallory@example.com"), email.content(),
                email.sealedLinkSecret(), Instant.now());
        LinkSecretSeal otherKey = new LinkSecretSeal("T1RIRVItVEhST1dBV0FZLXVuaXQtdGVzdC1rZXktMDI=");

        assertThatThrownBy(() -> seal.contentToDeliver(other)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> otherKey.contentToDeliver(email)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64IsRefusedWithTheSettingsName() {
        for (String bad : new String[] {"", "not base64!", "c2hvcnQ="}) {
            assertThatThrownBy(() -> new LinkSecretSeal(bad)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("registry.outbox.link-key");
        }
    }

    @Test
    void theReminderGoesToThePrimaryEmailWithAButtonToTheTransferFormInTheSameLayout() {
        OutboxEmail email = emails.transferReminder(account);

        assertThat(email.kind()).isEqualTo(EmailKind.TRANSFER_REMINDER);
        assertThat(email.recipient().address()).isEqualTo("ada@example.com");
        assertThat(email.content().textBody()).contains("Dear Ada <Lovelace>,")
                .contains("has not been moved to login.gov")
                .contains("number 1000000001").contains("https://registry.example.gov/transfer.xhtml")
                .contains("fmctechsup@dot.gov");
        assertThat(email.content().htmlBody()).contains("href=\"https://registry.example.gov/transfer.xhtml\"")
                .contains("Transfer my account").doesNotContain("<Lovelace>");
    }

    @Test
    void theConfirmationGoesToTheNewAddressOnly() throws GeneralSecurityException {
        OutboxEmail email = emails.confirmNewEmail(account, EmailAddress.of("ada.new@example.org"), SECRET,
                Duration.ofMinutes(30));

        assertThat(email.recipient().address()).isEqualTo("ada.new@example.org");
        assertThat(seal.contentToDeliver(email).textBody()).contains("confirm-email.xhtml?token=" + SECRET)
                .contains("expires in 30 minutes")
                .doesNotContain("ada@example.com").doesNotContain("1000000001");
    }

    @Test
    void everyEmailHasItsOwnMessageId() {
        assertThat(emails.migrated(account).messageId()).isNotEqualTo(emails.migrated(account).messageId());
    }

    @Test
    void lifetimesReadAsPeopleSayThem() {
        assertThat(RegistryEmails.describe(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(RegistryEmails.describe(Duration.ofHours(48))).isEqualTo("48 hours");
        assertThat(RegistryEmails.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    }
}
