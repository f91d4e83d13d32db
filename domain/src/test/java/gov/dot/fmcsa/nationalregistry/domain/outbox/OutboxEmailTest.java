package gov.dot.fmcsa.nationalregistry.domain.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEmailTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final RetrySchedule THREE_ATTEMPTS = new RetrySchedule(3, Duration.ofSeconds(30),
            Duration.ofHours(1));

    @Test
    void aQueuedEmailIsPendingAndDueAtOnce() {
        OutboxEmail email = email();

        assertThat(email.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(email.nextAttemptAt()).isEqualTo(NOW);
        assertThat(email.attempts()).isZero();
    }

    @Test
    void aSentEmailIsSentOnce() {
        OutboxEmail email = email();
        email.markSent(NOW.plusSeconds(1));

        assertThat(email.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(email.sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(email.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> email.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLinkEmailKeepsItsSealedSecretOnlyUntilItIsSent() {
        EmailContent content = new EmailContent("Subject", "Open https://x/?token=" + EmailContent.LINK_SECRET,
                "<a href=\"https://x/?token=" + EmailContent.LINK_SECRET + "\">Open</a>");
        OutboxEmail email = OutboxEmail.withSealedLinkSecret("<2@example.gov>", EmailKind.CONFIRM_NEW_EMAIL,
                new NationalRegistryNumber("1000000001"), EmailAddress.of("ada@example.com"), content, "sealed", NOW);

        assertThat(email.sealedLinkSecret()).isEqualTo("sealed");
        assertThat(email.content().withLinkSecret("s3cret").textBody()).isEqualTo("Open https://x/?token=s3cret");
        email.markSent(NOW.plusSeconds(1));
        assertThat(email.sealedLinkSecret()).isNull();
    }

    @Test
    void aLinkEmailNeedsAPlaceForItsSecret() {
        assertThatThrownBy(() -> OutboxEmail.withSealedLinkSecret("<3@example.gov>", EmailKind.CONFIRM_NEW_EMAIL, null,
                EmailAddress.of("ada@example.com"), new EmailContent("S", "no link", "no link"), "sealed", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedAttemptsWaitLongerEachTimeThenTheEmailFails() {
        OutboxEmail email = email();

        email.attemptFailed("connection refused", NOW, THREE_ATTEMPTS);
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        email.attemptFailed("connection refused", NOW, THREE_ATTEMPTS);
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(email.status()).isEqualTo(OutboxStatus.PENDING);

        email.attemptFailed("x".repeat(5000), NOW, THREE_ATTEMPTS);
        assertThat(email.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(email.nextAttemptAt()).isNull();
        assertThat(email.lastError()).hasSize(1000);
        assertThatThrownBy(() -> email.attemptFailed("again", NOW, THREE_ATTEMPTS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDelayBetweenAttemptsNeverExceedsTheMaximum() {
        RetrySchedule schedule = new RetrySchedule(100, Duration.ofSeconds(30), Duration.ofHours(1));

        assertThat(schedule.nextAttempt(8, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(schedule.nextAttempt(99, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(schedule.nextAttempt(100, NOW)).isEmpty();
    }

    @Test
    void aRetriedFailedEmailIsPendingDueAtOnceWithItsAttemptsCountedAfresh() {
        OutboxEmail email = failed();

        email.retry(NOW.plusSeconds(600));

        assertThat(email.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(email.attempts()).isZero();
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        email.attemptFailed("again", NOW.plusSeconds(600), THREE_ATTEMPTS);
        assertThat(email.status()).as("the whole schedule again").isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void onlyAFailedEmailIsRetried() {
        OutboxEmail pending = email();
        assertThatThrownBy(() -> pending.retry(NOW)).isInstanceOf(IllegalStateException.class);
        OutboxEmail sent = email();
        sent.markSent(NOW);
        assertThatThrownBy(() -> sent.retry(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(pending.canBeSentAgain()).isFalse();
        assertThat(sent.canBeSentAgain()).isFalse();
        OutboxEmail retried = failed();
        assertThat(retried.canBeSentAgain()).isTrue();
        retried.retry(NOW);
        assertThatThrownBy(() -> retried.retry(NOW)).as("a second retry, e.g. a double click")
                .isInstanceOf(IllegalStateException.class);
    }

    private static OutboxEmail failed() {
        OutboxEmail email = email();
        for (int attempt = 0; attempt < 3; attempt++) {
            email.attemptFailed("connection refused", NOW, THREE_ATTEMPTS);
        }
        assertThat(email.status()).isEqualTo(OutboxStatus.FAILED);
        return email;
    }

    private static OutboxEmail email() {
        return new OutboxEmail("<1@example.gov>", EmailKind.TRANSFER_MIGRATED, new NationalRegistryNumber("1000000001"),
                EmailAddress.of("ada@example.com"), new EmailContent("Subject", "text", "<p>html</p>"), NOW);
    }
}
