package gov.dot.fmcsa.nationalregistry.application.administration.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/** One audit event as the console shows and exports it (the hashed client address left out). */
public record AuditEntry(Long id, Instant occurredAt, String actor, AuditAction action, NationalRegistryNumber subject,
                         String detail) implements Serializable {
}
