package gov.dot.fmcsa.nationalregistry.application.administration.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import java.io.Serializable;
import java.time.Instant;

/**
 * One outbox email as an administrator sees it: the email as rendered (both bodies) and its
 * delivery; {@code version} is what a retry must name.
 */
public record OutboxEmailView(OutboxEntry entry, String messageId, String textBody, String htmlBody,
                              Instant nextAttemptAt, Instant sentAt, String lastError, long version)
        implements Serializable {

    static OutboxEmailView of(OutboxEmail email) {
        return new OutboxEmailView(new OutboxEntry(email.id(), email.createdAt(), email.kind(), email.accountNumber(),
                email.recipient().address(), email.subject(), email.status(), email.attempts()),
                email.messageId(), email.textBody(), email.htmlBody(), email.nextAttemptAt(), email.sentAt(),
                email.lastError(), email.version());
    }
}
