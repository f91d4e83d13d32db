package gov.dot.fmcsa.nationalregistry.application.administration.outbox;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import java.io.Serializable;
import java.time.Instant;

/** One line of the outbox list: what the email is, to whom, and where it stands (no bodies). */
public record OutboxEntry(long id, Instant createdAt, EmailKind kind, NationalRegistryNumber accountNumber,
                          String recipient, String subject, OutboxStatus status, int attempts) implements Serializable {
}
