package gov.dot.fmcsa.nationalregistry.application.administration.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import java.io.Serializable;
import java.time.Instant;

/**
 * One outbox email as an administrator sees it: the email as rendered (both bodies), with the
 * secret of its link masked, so that no administrator can follow a link meant for someone else;
 * and its delivery. {@code bodyPurgedAt} is when the bodies were removed after their retention
 * period, if they were; {@code version} is what a retry must name; {@code canBeSentAgain} whether
 * a retry applies ({@link OutboxEmail#canBeSentAgain()}).
 */
public record OutboxEmailView(OutboxEntry entry, String messageId, String textBody, String htmlBody,
                              Instant nextAttemptAt, Instant sentAt, String lastError, Instant bodyPurgedAt,
                              long version, boolean canBeSentAgain)
        implements Serializable {

    static OutboxEmailView of(OutboxEmail email) {
        EmailContent masked = email.content().masked();
        return new OutboxEmailView(new OutboxEntry(email.id(), email.createdAt(), email.kind(), email.accountNumber(),
                email.recipient().address(), email.subject(), email.status(), email.attempts()),
                email.messageId(), masked.textBody(), masked.htmlBody(), email.nextAttemptAt(), email.sentAt(),
                email.lastError(), email.bodyPurgedAt(), email.version(), email.canBeSentAgain());
    }
}
