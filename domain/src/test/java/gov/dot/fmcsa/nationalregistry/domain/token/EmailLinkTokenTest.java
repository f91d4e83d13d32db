package gov.dot.fmcsa.nationalregistry.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailLinkTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aSecretHas256RandomBitsAndOnlyItsHashIsKept() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(LinkSecret.generate());
        }
        String secret = secrets.iterator().next();

        assertThat(secrets).hasSize(1000).allSatisfy(s -> assertThat(s).matches("[A-Za-z0-9_-]{43}"));
        assertThat(LinkSecret.hashOf(secret))
                .hasValueSatisfying(hash -> assertThat(hash).hasSize(64).doesNotContain(secret));
        assertThat(LinkSecret.hashOf(secret)).isEqualTo(LinkSecret.hashOf(secret));
    }

    @Test
    void somethingThatCannotBeASecretHasNoHash() {
        assertThat(LinkSecret.hashOf(null)).isEmpty();
        assertThat(LinkSecret.hashOf("short")).isEmpty();
        assertThat(LinkSecret.hashOf("<script>alert(1)</script>xxxxxxxxxxxxxxxxxx")).isEmpty();
        assertThat(LinkSecret.hashOf("a".repeat(10_000))).isEmpty();
    }

    @Test
    void aTokenWorksOnceAndUntilItExpires() {
        EmailLinkToken token = new EmailLinkToken("hash", account(), TokenPurpose.SET_NEW_EMAIL, NOW,
                NOW.plus(Duration.ofHours(24)));

        assertThat(token.stateAt(NOW.plus(Duration.ofHours(23)))).isEqualTo(TokenState.USABLE);
        assertThat(token.stateAt(NOW.plus(Duration.ofHours(24)))).isEqualTo(TokenState.EXPIRED);

        token.use(NOW.plusSeconds(5));
        assertThat(token.stateAt(NOW.plusSeconds(6))).isEqualTo(TokenState.USED);
        assertThatThrownBy(() -> token.use(NOW.plusSeconds(7))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplacedTokenNoLongerWorksButAUsedOneStaysUsed() {
        EmailLinkToken replaced = new EmailLinkToken("hash", account(), TokenPurpose.SET_NEW_EMAIL, NOW,
                NOW.plusSeconds(60));
        EmailLinkToken used = new EmailLinkToken("hash2", account(), TokenPurpose.SET_NEW_EMAIL, NOW,
                NOW.plusSeconds(60));
        used.use(NOW.plusSeconds(1));

        replaced.replace(NOW.plusSeconds(2));
        used.replace(NOW.plusSeconds(2));

        assertThat(replaced.stateAt(NOW.plusSeconds(3))).isEqualTo(TokenState.REPLACED);
        assertThatThrownBy(() -> replaced.use(NOW.plusSeconds(3))).isInstanceOf(IllegalStateException.class);
        assertThat(used.stateAt(NOW.plusSeconds(3))).isEqualTo(TokenState.USED);
    }

    @Test
    void anExpiredTokenCannotBeUsed() {
        EmailLinkToken token = new EmailLinkToken("hash", account(), TokenPurpose.SET_NEW_EMAIL, NOW,
                NOW.plusSeconds(60));

        assertThatThrownBy(() -> token.use(NOW.plusSeconds(61))).isInstanceOf(IllegalStateException.class);
        assertThat(token.usedAt()).isNull();
    }

    @Test
    void aConfirmationTokenCarriesTheAddressItConfirms() {
        EmailLinkToken token = EmailLinkToken.confirming(EmailAddress.of("new@example.org"), "hash", account(), NOW,
                NOW.plusSeconds(60));

        assertThat(token.purpose()).isEqualTo(TokenPurpose.CONFIRM_NEW_EMAIL);
        assertThat(token.pendingEmail().address()).isEqualTo("new@example.org");
    }

    private static RegistryAccount account() {
        return RegistryAccount.legacy(new NationalRegistryNumber("1000000001"), AccountType.MEDICAL_EXAMINER,
                new ContactDetails("Ada", "Lovelace", EmailAddress.of("ada@example.com"), null, null, null), NOW);
    }
}
