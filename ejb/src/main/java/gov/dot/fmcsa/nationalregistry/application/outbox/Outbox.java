package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The durable outbox. An email is queued in the caller's transaction, the one that makes the
 * change the email reports: both are kept, or neither. {@link OutboxSender} delivers it later.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Queues {@code email} for delivery, in the caller's transaction. */
    public void queue(OutboxEmail email) {
        em.persist(email);
        audit.record(Actor.OUTBOX, AuditAction.EMAIL_QUEUED, email.accountNumber(),
                email.kind() + " " + email.messageId());
    }

    /** True when an email of {@code kind} about the account was queued after {@code since}. */
    public boolean queuedSince(NationalRegistryNumber account, EmailKind kind, Instant since) {
        return em.createNamedQuery(OutboxEmail.QUEUED_FOR_ACCOUNT_SINCE, Long.class)
                .setParameter("number", account)
                .setParameter("kind", kind)
                .setParameter("since", since)
                .getSingleResult() > 0;
    }

    /** The outbox now, in one aggregate query: emails waiting, emails given up, the oldest waiting one. */
    public OutboxHealth health() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        Instant[] oldestPending = {null};
        em.createQuery("SELECT e.status, COUNT(e), MIN(e.createdAt) FROM OutboxEmail e GROUP BY e.status",
                        Object[].class)
                .getResultStream()
                .forEach(row -> {
                    counts.put((OutboxStatus) row[0], (Long) row[1]);
                    if (row[0] == OutboxStatus.PENDING) {
                        oldestPending[0] = instantOf(row[2]);
                    }
                });
        return new OutboxHealth(counts.getOrDefault(OutboxStatus.PENDING, 0L),
                counts.getOrDefault(OutboxStatus.FAILED, 0L), oldestPending[0]);
    }

    /** EclipseLink may hand an aggregate of a converted column back unconverted. */
    private static Instant instantOf(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
